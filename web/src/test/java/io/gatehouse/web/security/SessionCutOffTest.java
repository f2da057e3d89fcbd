package io.gatehouse.web.security;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario.Person;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A suspension, a rejection or a role change bites on the account's live sessions at their very next
 * request: no re-login needed to gain a role, none possible to keep one.
 */
class SessionCutOffTest extends IntegrationTest {

    @Test
    void sponsorPagesWhenSuspendedDuringSessionThenCutOffAtNextRequest() {
        Person sponsor = scenario().active(Role.SPONSOR);
        sponsor.browser().get("/sponsor/dashboard").assertStatus(200);

        scenario().adminAct(sponsor.id(), "suspend", Map.of("reason", "Abuse report 17")).assertStatus(303);

        Browser.Response next = sponsor.browser().get("/sponsor/dashboard");
        Expect.sessionEndedPage(next, "suspended", "Abuse report 17");
        Expect.redirectTo(sponsor.browser().get("/sponsor/dashboard"), "/login"); // told once; then simply signed out
        Expect.notReached(sponsor.browser().get("/sponsor/documents"));
        Expect.notReached(sponsor.browser().get("/sponsor/documents/new"));
    }

    @Test
    void sessionWhenSuspendedThenEndedEverywhere() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Browser secondDevice = scenario().signIn(sponsor.email(), PASSWORD);
        secondDevice.get("/sponsor/dashboard").assertStatus(200);
        sponsor.browser().get("/sponsor/dashboard").assertStatus(200);

        scenario().adminAct(sponsor.id(), "suspend", Map.of("reason", "Both devices out")).assertStatus(303);

        // Both sessions end: each is told why once, then even the status page asks them to sign in again.
        Expect.sessionEndedPage(sponsor.browser().get("/account/status"), "suspended", "Both devices out");
        Expect.sessionEndedPage(secondDevice.get("/sponsor/dashboard"), "suspended", "Both devices out");
        Expect.redirectTo(sponsor.browser().get("/account/status"), "/login");
        Expect.notReached(secondDevice.get("/sponsor/dashboard"));
    }

    @Test
    void statusWhenSuspendedAndSignedInAgainThenSuspendedWithReason() {
        Person sponsor = scenario().active(Role.SPONSOR);
        scenario().adminAct(sponsor.id(), "suspend", Map.of("reason", "Unpaid invoice 4711")).assertStatus(303);

        Browser again = browser();
        Browser.Response signedIn = again.submit("/login", "/login",
                Map.of("username", sponsor.email(), "password", PASSWORD));
        Expect.redirectTo(signedIn, "/account/status");
        Browser.Response status = again.get("/account/status").assertStatus(200);
        assertThat(status.html().selectFirst(".badge.status-SUSPENDED")).isNotNull();
        assertThat(status.text()).contains("SUSPENDED").contains("Unpaid invoice 4711").contains("Suspended since");

        Expect.redirectTo(again.get("/sponsor/dashboard"), "/account/status");
    }

    @Test
    void statusWhenRejectedWhilePendingThenSessionEndedAndReasonShownAfterSignIn() {
        Person pending = scenario().signUp(Role.EDITOR);
        pending.browser().get("/account/status").assertStatus(200);

        scenario().adminAct(pending.id(), "reject", Map.of("reason", "Not a known organization")).assertStatus(303);

        Expect.sessionEndedPage(pending.browser().get("/account/status"), "rejected", "Not a known organization");

        Browser again = scenario().signIn(pending.email(), PASSWORD);
        Browser.Response status = again.get("/account/status").assertStatus(200);
        assertThat(status.html().selectFirst(".badge.status-REJECTED")).isNotNull();
        assertThat(status.text()).contains("Not a known organization");
        Expect.redirectTo(again.get("/editor/dashboard"), "/account/status");
    }

    @Test
    void editorPagesWhenRoleRevokedDuringSessionThenForbiddenAtNextRequest() {
        Person sponsor = scenario().activeWith(Role.SPONSOR, Role.EDITOR);
        sponsor.browser().get("/editor/dashboard").assertStatus(200);
        sponsor.browser().get("/sponsor/dashboard").assertStatus(200);

        scenario().adminAct(sponsor.id(), "roles/revoke", Map.of("role", "EDITOR", "reason", "Left the team"))
                .assertStatus(303);

        Browser.Response next = sponsor.browser().get("/editor/dashboard");
        if (next.status() != 403) {
            Expect.redirectTo(next, "/login"); // the contract also allows sending them to sign in
        } else {
            Expect.forbiddenPage(next);
        }
        Expect.notReached(sponsor.browser().get("/editor/documents"));
        sponsor.browser().get("/sponsor/dashboard").assertStatus(200);
    }

    @Test
    void editorPagesWhenRoleGrantedDuringSessionThenAllowedAtNextRequest() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Expect.forbiddenPage(sponsor.browser().get("/editor/dashboard"));

        scenario().adminAct(sponsor.id(), "roles/grant", Map.of("role", "EDITOR", "reason", "")).assertStatus(303);

        sponsor.browser().get("/editor/dashboard").assertStatus(200);
        sponsor.browser().get("/sponsor/dashboard").assertStatus(200);
    }

    @Test
    void auditWhenAuditorRoleRevokedDuringSessionThenForbiddenAtNextRequest() {
        Person auditor = scenario().activeWith(Role.EDITOR, Role.AUDITOR);
        auditor.browser().get("/audit").assertStatus(200);

        scenario().adminAct(auditor.id(), "roles/revoke", Map.of("role", "AUDITOR", "reason", "Audit over"))
                .assertStatus(303);

        Expect.notReached(auditor.browser().get("/audit"));
        auditor.browser().get("/editor/dashboard").assertStatus(200);
    }

    @Test
    void adminPagesWhenSecondAdminLosesAdminDuringSessionThenForbiddenAtNextRequest() {
        Person colleague = scenario().activeWith(Role.EDITOR, Role.ADMIN);
        Person secondAdmin = scenario().signInAsAdmin(colleague.email(), PASSWORD);
        secondAdmin.browser().get("/admin").assertStatus(200);
        secondAdmin.browser().get("/admin/accounts").assertStatus(200); // its CSRF token

        scenario().adminAct(colleague.id(), "roles/revoke", Map.of("role", "ADMIN", "reason", "Changed teams"))
                .assertStatus(303);

        Expect.notReached(secondAdmin.browser().get("/admin"));
        Expect.notReached(secondAdmin.browser().get("/admin/accounts"));
        Person victim = scenario().signUp(Role.SPONSOR);
        Expect.notReached(secondAdmin.browser().post("/admin/accounts/" + victim.id() + "/approve", Map.of("reason", "x")));
        Browser.Response page = scenario().rootAdmin().browser().get("/admin/accounts/" + victim.id()).assertStatus(200);
        assertThat(page.html().selectFirst(".facts .badge").text()).isEqualTo("PENDING");
    }

    @Test
    void adminPagesWhenSecondAdminSuspendedDuringSessionThenCutOffAtNextRequest() {
        Person colleague = scenario().activeWith(Role.EDITOR, Role.ADMIN);
        Person secondAdmin = scenario().signInAsAdmin(colleague.email(), PASSWORD);
        secondAdmin.browser().get("/admin").assertStatus(200);

        scenario().adminAct(colleague.id(), "suspend", Map.of("reason", "Investigation")).assertStatus(303);

        Expect.notReached(secondAdmin.browser().get("/admin"));
        Expect.notReached(secondAdmin.browser().get("/audit"));
        Expect.notReached(secondAdmin.browser().get("/editor/dashboard"));
    }

    @Test
    void sponsorPagesWhenReinstatedThenOpenAfterSigningInAgain() {
        Person sponsor = scenario().active(Role.SPONSOR);
        scenario().adminAct(sponsor.id(), "suspend", Map.of("reason", "Temporary")).assertStatus(303);
        scenario().adminAct(sponsor.id(), "reinstate", Map.of("reason", "Cleared")).assertStatus(303);

        Expect.notReached(sponsor.browser().get("/sponsor/dashboard")); // the old session stays ended
        Browser again = scenario().signIn(sponsor.email(), PASSWORD);
        again.get("/sponsor/dashboard").assertStatus(200);
    }
}

package io.gatehouse.web.admin;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Pages;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.Scenario.Person;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Each admin act over HTTP: 303 back to the account, which shows the new state, a flash and the recorded act. */
class AdminActsTest extends IntegrationTest {

    private final Scenario scenario = scenario();

    @Test
    void approveWhenPendingThenActiveAndRecorded() {
        Person admin = scenario.newAdmin();
        Person person = scenario.signUp(Role.SPONSOR);

        Browser.Response response = Scenario.act(admin.browser(), person.id(), "approve",
                Map.of("reason", "Identity checked"));

        assertSeeOther(response, person.id());
        Browser.Response page = admin.browser().get("/admin/accounts/" + person.id()).assertStatus(200);
        assertThat(Pages.state(page)).isEqualTo("ACTIVE");
        assertThat(Pages.roles(page)).isEqualTo("SPONSOR");
        assertThat(Pages.notice(page)).isEqualTo("Account approved.");
        assertLastAct(page, 3, "Approved", admin, "Identity checked");
        assertThat(Pages.history(page).get(2).detail()).isEqualTo("granted SPONSOR");
        assertThat(Pages.notice(admin.browser().get("/admin/accounts/" + person.id()))).isNull();
    }

    @Test
    void approveWithoutReasonThenActiveAndRecordedWithoutReason() {
        Person admin = scenario.newAdmin();
        Person person = scenario.signUp(Role.EDITOR);

        assertSeeOther(Scenario.act(admin.browser(), person.id(), "approve", Map.of()), person.id());

        Browser.Response page = admin.browser().get("/admin/accounts/" + person.id()).assertStatus(200);
        assertThat(Pages.state(page)).isEqualTo("ACTIVE");
        assertThat(Pages.roles(page)).isEqualTo("EDITOR");
        assertLastAct(page, 3, "Approved", admin, "");
    }

    @Test
    void rejectWhenPendingWithReasonThenRejectedAndRecorded() {
        Person admin = scenario.newAdmin();
        Person person = scenario.signUp(Role.EDITOR);

        Browser.Response response = Scenario.act(admin.browser(), person.id(), "reject",
                Map.of("reason", "Not a known organization"));

        assertSeeOther(response, person.id());
        Browser.Response page = admin.browser().get("/admin/accounts/" + person.id()).assertStatus(200);
        assertThat(Pages.state(page)).isEqualTo("REJECTED");
        assertThat(Pages.roles(page)).isEqualTo("none");
        assertThat(Pages.facts(page).get("Reason")).isEqualTo("Not a known organization");
        assertThat(Pages.notice(page)).isEqualTo("Account rejected.");
        assertLastAct(page, 3, "Rejected", admin, "Not a known organization");
        // A rejection ends the person's sessions, and tells them so; signed in again, they see why too.
        assertThat(person.browser().get("/account/status").status()).isEqualTo(401);
        Browser again = scenario.signIn(person.email(), PASSWORD);
        assertThat(again.get("/account/status").assertStatus(200).text())
                .contains("REJECTED").contains("Not a known organization");
    }

    @Test
    void suspendWhenActiveThenSuspendedAndRecorded() {
        Person admin = scenario.newAdmin();
        Person person = scenario.active(Role.SPONSOR);
        person.browser().get("/sponsor/dashboard").assertStatus(200);

        Browser.Response response = Scenario.act(admin.browser(), person.id(), "suspend",
                Map.of("reason", "Shared their password"));

        assertSeeOther(response, person.id());
        Browser.Response page = admin.browser().get("/admin/accounts/" + person.id()).assertStatus(200);
        assertThat(Pages.state(page)).isEqualTo("SUSPENDED");
        assertThat(Pages.roles(page)).isEqualTo("SPONSOR");
        assertThat(Pages.facts(page).get("Reason")).isEqualTo("Shared their password");
        assertThat(Pages.notice(page)).isEqualTo("Account suspended; its sessions have been ended.");
        assertLastAct(page, 4, "Suspended", admin, "Shared their password");
        Browser.Response old = person.browser().get("/sponsor/dashboard");
        assertThat(old.status()).isEqualTo(401);
        assertThat(old.text()).contains("Shared their password");
    }

    @Test
    void reinstateWhenSuspendedThenActiveAndRecorded() {
        Person admin = scenario.newAdmin();
        Person person = scenario.active(Role.EDITOR);
        Scenario.act(admin.browser(), person.id(), "suspend", Map.of("reason", "Investigating")).assertStatus(303);

        Browser.Response response = Scenario.act(admin.browser(), person.id(), "reinstate",
                Map.of("reason", "Investigation closed"));

        assertSeeOther(response, person.id());
        Browser.Response page = admin.browser().get("/admin/accounts/" + person.id()).assertStatus(200);
        assertThat(Pages.state(page)).isEqualTo("ACTIVE");
        assertThat(Pages.roles(page)).isEqualTo("EDITOR");
        assertThat(Pages.notice(page)).isEqualTo("Account reinstated.");
        assertLastAct(page, 5, "Reinstated", admin, "Investigation closed");
    }

    @Test
    void grantRoleWhenActiveThenRoleHeldAndRecorded() {
        Person admin = scenario.newAdmin();
        Person person = scenario.active(Role.EDITOR);

        Browser.Response response = Scenario.act(admin.browser(), person.id(), "roles/grant",
                Map.of("role", "AUDITOR", "reason", "Quarterly audit"));

        assertSeeOther(response, person.id());
        Browser.Response page = admin.browser().get("/admin/accounts/" + person.id()).assertStatus(200);
        assertThat(Pages.state(page)).isEqualTo("ACTIVE");
        assertThat(Pages.roles(page)).contains("EDITOR").contains("AUDITOR");
        assertThat(Pages.notice(page)).isEqualTo("Role AUDITOR granted.");
        assertLastAct(page, 4, "Role granted", admin, "Quarterly audit");
        assertThat(Pages.history(page).get(3).detail()).isEqualTo("AUDITOR");
    }

    @Test
    void grantRoleWhenSuspendedThenRoleHeldAndStillSuspended() {
        Person admin = scenario.newAdmin();
        Person person = scenario.active(Role.SPONSOR);
        Scenario.act(admin.browser(), person.id(), "suspend", Map.of("reason", "Paused")).assertStatus(303);

        assertSeeOther(Scenario.act(admin.browser(), person.id(), "roles/grant", Map.of("role", "editor")),
                person.id());

        Browser.Response page = admin.browser().get("/admin/accounts/" + person.id()).assertStatus(200);
        assertThat(Pages.state(page)).isEqualTo("SUSPENDED");
        assertThat(Pages.roles(page)).contains("SPONSOR").contains("EDITOR");
        assertLastAct(page, 5, "Role granted", admin, "");
    }

    @Test
    void revokeRoleWhenHeldThenRoleGoneAndRecorded() {
        Person admin = scenario.newAdmin();
        Person person = scenario.activeWith(Role.SPONSOR, Role.AUDITOR);
        person.browser().get("/audit").assertStatus(200);

        Browser.Response response = Scenario.act(admin.browser(), person.id(), "roles/revoke",
                Map.of("role", "AUDITOR", "reason", "Audit finished"));

        assertSeeOther(response, person.id());
        Browser.Response page = admin.browser().get("/admin/accounts/" + person.id()).assertStatus(200);
        assertThat(Pages.state(page)).isEqualTo("ACTIVE");
        assertThat(Pages.roles(page)).isEqualTo("SPONSOR");
        assertThat(Pages.notice(page)).isEqualTo("Role AUDITOR revoked.");
        // signed up, confirmed, approved, granted AUDITOR, set up an authenticator (as auditors must), revoked
        assertLastAct(page, 6, "Role revoked", admin, "Audit finished");
        assertThat(Pages.history(page).get(5).detail()).isEqualTo("AUDITOR");
        Browser.Response old = person.browser().get("/audit");
        assertThat(old.status()).isIn(403, 302);
    }

    @Test
    void revokeRoleWhenSuspendedThenRoleGoneAndStillSuspended() {
        Person admin = scenario.newAdmin();
        Person person = scenario.activeWith(Role.EDITOR, Role.SPONSOR);
        Scenario.act(admin.browser(), person.id(), "suspend", Map.of("reason", "Paused")).assertStatus(303);

        assertSeeOther(Scenario.act(admin.browser(), person.id(), "roles/revoke",
                Map.of("role", "SPONSOR", "reason", "No longer sponsoring")), person.id());

        Browser.Response page = admin.browser().get("/admin/accounts/" + person.id()).assertStatus(200);
        assertThat(Pages.state(page)).isEqualTo("SUSPENDED");
        assertThat(Pages.roles(page)).isEqualTo("EDITOR");
        assertLastAct(page, 6, "Role revoked", admin, "No longer sponsoring");
    }

    @Test
    void reasonWithMarkupAndSurroundingSpaceThenRecordedTrimmedAndShownAsText() {
        Person admin = scenario.newAdmin();
        Person person = scenario.active(Role.SPONSOR);
        String reason = "<script>alert(1)</script> <b>rude</b> & \"loud\"";

        assertSeeOther(Scenario.act(admin.browser(), person.id(), "suspend",
                Map.of("reason", "  \n" + reason + "\t ")), person.id());

        Browser.Response page = admin.browser().get("/admin/accounts/" + person.id()).assertStatus(200);
        assertLastAct(page, 4, "Suspended", admin, reason);
        assertThat(page.html().select("table.history script, table.history b, dl.facts script")).isEmpty();
        assertThat(page.body()).doesNotContain("<script>alert(1)</script>");
        Browser.Response audit = admin.browser().get("/audit/accounts/" + person.id()).assertStatus(200);
        assertThat(Pages.history(audit)).filteredOn(row -> row.action().equals("Suspended"))
                .singleElement().extracting(Pages.Row::reason).isEqualTo(reason);
        assertThat(audit.body()).doesNotContain("<script>alert(1)</script>");
    }

    private static void assertSeeOther(Browser.Response response, UUID accountId) {
        response.assertStatus(303);
        assertThat(response.location()).isEqualTo("/admin/accounts/" + accountId);
    }

    /**
     * The history has exactly {@code rows} acts (signed up, confirmed, ...), the last being this admin's act
     * with this reason, from the admin's own address.
     */
    private static void assertLastAct(Browser.Response page, int rows, String action, Person admin, String reason) {
        List<Pages.Row> history = Pages.history(page);
        assertThat(history).hasSize(rows);
        Pages.Row last = history.get(history.size() - 1);
        assertThat(last.action()).isEqualTo(action);
        assertThat(last.actor()).isEqualTo(admin.email());
        assertThat(last.reason()).isEqualTo(reason);
        assertThat(last.clientAddress()).isEqualTo(admin.browser().clientAddress());
        assertThat(last.iso()).isNotBlank();
    }
}

package io.gatehouse.web.mfa;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Pages;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.Scenario.Person;
import io.gatehouse.it.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /admin/accounts/{id}/mfa/reset}: an admin removes someone else's authenticator, with a reason;
 * the owner is signed out everywhere, told by mail, and sets one up again at their next sign-in.
 */
class SecondFactorResetTest extends IntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void resetWithoutReasonThenRefusedAndNothingChanges() {
        Person auditor = scenario().activeWith(Role.EDITOR, Role.AUDITOR);

        Browser.Response refused = scenario().adminAct(auditor.id(), "mfa/reset", Map.of("reason", "  "));

        refused.assertStatus(400);
        assertThat(refused.html().selectFirst("#mfa-reason-error").text()).contains("A reason is required");
        assertThat(resets(auditor.id())).isEmpty();
        assertThat(secretRows(auditor.id())).isEqualTo(1);
        auditor.browser().get("/audit").assertStatus(200); // still signed in, second step passed
    }

    @Test
    void resetWithReasonThenSessionsEndedOwnerMailedAndEnrolsAgainAtNextSignIn() {
        Person auditor = scenario().activeWith(Role.EDITOR, Role.AUDITOR);
        Browser secondDevice = scenario().signIn(auditor.email(), PASSWORD);
        secondDevice.get("/audit").assertStatus(200);

        Browser.Response done = scenario().adminAct(auditor.id(), "mfa/reset", Map.of("reason", "Lost phone, ticket 88"));

        assertThat(done.status()).isEqualTo(303);
        assertThat(done.location()).isEqualTo("/admin/accounts/" + auditor.id());
        assertThat(secretRows(auditor.id())).isZero();
        assertThat(resets(auditor.id())).singleElement()
                .satisfies(row -> assertThat(row.reason()).isEqualTo("Lost phone, ticket 88"));
        for (Browser session : new Browser[] {auditor.browser(), secondDevice}) {
            Browser.Response ended = session.get("/audit").assertStatus(401);
            assertThat(ended.html().selectFirst("h1").text()).isEqualTo("Your session has ended");
            assertThat(ended.text()).contains("An admin removed your second factor");
        }
        String mail = TestMail.text(TestMail.awaitTo(auditor.email(), "Your second factor was removed"));
        assertThat(mail).contains("Lost phone, ticket 88");

        Browser again = browser();
        Browser.Response signedIn = again.submit("/login", "/login",
                Map.of("username", auditor.email(), "password", PASSWORD));
        assertThat(signedIn.location()).isEqualTo("/account/mfa");
        assertThat(again.get("/audit").location()).isEqualTo("/account/mfa"); // nothing else until it is set up
        scenario().enrol(again, auditor.email());
        again.get("/audit").assertStatus(200);
    }

    @Test
    void resetOfOwnSecondFactorThenConflict() {
        Person admin = scenario().newAdmin();

        Browser.Response refused = Scenario.act(admin.browser(), admin.id(), "mfa/reset", Map.of("reason", "my own"));

        refused.assertStatus(409);
        assertThat(Pages.problem(refused)).contains("your own account");
        assertThat(secretRows(admin.id())).isEqualTo(1);
        admin.browser().get("/admin").assertStatus(200);
    }

    @Test
    void resetOfAccountWithoutSecondFactorThenConflict() {
        Person sponsor = scenario().active(Role.SPONSOR);

        Browser.Response refused = scenario().adminAct(sponsor.id(), "mfa/reset", Map.of("reason", "just in case"));

        refused.assertStatus(409);
        assertThat(Pages.problem(refused)).contains("no second factor");
        assertThat(resets(sponsor.id())).isEmpty();
        sponsor.browser().get("/sponsor/dashboard").assertStatus(200);
    }

    private java.util.List<Pages.Row> resets(UUID accountId) {
        return Pages.history(scenario().rootBrowser().get("/audit?type=SecondFactorReset&account=" + accountId)
                .assertStatus(200));
    }

    private int secretRows(UUID accountId) {
        return jdbc.queryForObject("select count(*) from second_factor where account_id = ?", Integer.class, accountId);
    }
}

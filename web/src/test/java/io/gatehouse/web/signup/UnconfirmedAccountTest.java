package io.gatehouse.web.signup;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Pages;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.TestMail;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An account whose address is not confirmed yet is nobody's request: it cannot sign in, admins cannot
 * approve it, and their lists and counts leave it out.
 */
class UnconfirmedAccountTest extends IntegrationTest {

    @Test
    void signInWhenAccountUnconfirmedThenTheGenericFailureAsForAWrongPassword() {
        String email = unconfirmed("nosignin");
        Scenario.Person other = scenario().active(Role.SPONSOR);

        Browser browser = browser();
        Browser.Response rightPassword = signIn(browser, email, PASSWORD);
        Browser.Response wrongPassword = signIn(browser(), email, "Wrong-Password-For-Sure-1");
        Browser.Response othersWrongPassword = signIn(browser(), other.email(), "Wrong-Password-For-Sure-1");

        assertThat(rightPassword.status()).isEqualTo(302);
        assertThat(rightPassword.header("Location")).isEqualTo("/login?error");
        assertThat(wrongPassword.status()).isEqualTo(302);
        assertThat(wrongPassword.header("Location")).isEqualTo("/login?error");
        assertThat(othersWrongPassword.header("Location")).isEqualTo("/login?error");
        assertThat(browser.get("/account/status").status()).as("no session").isEqualTo(302);
        // Refused for its state, not its password: the record says which (the person is not told).
        assertThat(Pages.history(audit("/audit?type=SignInFailed&account=" + enc(email)))).extracting(Pages.Row::detail)
                .anyMatch(detail -> detail.startsWith("the account cannot sign in (unconfirmed or lapsed)"))
                .anyMatch(detail -> detail.startsWith("wrong password"));
    }

    @Test
    void approveWhenAccountUnconfirmedThenRefusedWith409AndNothingRecorded() {
        String email = unconfirmed("noapprove");
        UUID id = idOf(email);

        Browser.Response refused = Scenario.act(scenario().rootBrowser(), id, "approve", Map.of("reason", "looks fine"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(Pages.problem(refused)).contains("PENDING").contains("UNVERIFIED");
        Browser.Response page = scenario().rootBrowser().get("/admin/accounts/" + id).assertStatus(200);
        assertThat(Pages.state(page)).isEqualTo("UNVERIFIED");
        assertThat(Pages.history(page)).extracting(Pages.Row::action).containsExactly("Signed up");
        assertThat(Pages.history(audit("/audit?type=AccountApproved&account=" + id))).isEmpty();
        // Once confirmed, the same act goes through: the refusal was for the state.
        scenario().confirm(browser(), email);
        assertThat(scenario().adminAct(id, "approve", Map.of("reason", "looks fine")).status()).isEqualTo(303);
    }

    @Test
    void adminListsAndDashboardWhenAccountUnconfirmedThenLeaveItOut() {
        long pendingBefore = pendingCount();
        String email = unconfirmed("unlisted");

        assertThat(scenario().rootBrowser().get("/admin/accounts?q=" + enc(email)).text()).contains("No account matches");
        assertThat(scenario().rootBrowser().get("/admin/accounts?status=UNVERIFIED").status()).isEqualTo(400);
        Browser.Response dashboard = scenario().rootBrowser().get("/admin").assertStatus(200);
        assertThat(dashboard.html().select("a.count span").eachText()).doesNotContain("UNVERIFIED", "EXPIRED");
        assertThat(pendingCount()).isEqualTo(pendingBefore);

        scenario().confirm(browser(), email);

        // The same pages do show it once it is a request.
        assertThat(scenario().rootBrowser().get("/admin/accounts?q=" + enc(email)).html().select("tbody .badge")
                .eachText()).containsExactly("PENDING");
        assertThat(pendingCount()).isEqualTo(pendingBefore + 1);
    }

    /** A new sign-up, UNVERIFIED once its confirmation mail is out. */
    private String unconfirmed(String prefix) {
        String email = Scenario.uniqueEmail(prefix);
        scenario().submitSignUp(browser(), Role.EDITOR, email, "Unconfirmed " + prefix).assertStatus(303);
        TestMail.awaitTo(email, "Confirm your address");
        return email;
    }

    /**
     * Admins' lists hide unconfirmed accounts, so the id comes from the audit trail: its account filter takes
     * an id or the address its account holds now, unconfirmed ones included.
     */
    private UUID idOf(String email) {
        var rows = Pages.history(audit("/audit?type=AccountRegistered&account=" + enc(email)));
        assertThat(rows).hasSize(1);
        return UUID.fromString(rows.get(0).subject());
    }

    private long pendingCount() {
        var count = scenario().rootBrowser().get("/admin").assertStatus(200).html()
                .selectFirst("a.count.status-PENDING strong");
        return count == null ? 0 : Long.parseLong(count.text());
    }

    private Browser.Response audit(String path) {
        return scenario().rootBrowser().get(path).assertStatus(200);
    }

    private static Browser.Response signIn(Browser browser, String email, String password) {
        return browser.submit("/login", "/login", Map.of("username", email, "password", password));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package io.gatehouse.web.security;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.Scenario.Person;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A POST without the session's own CSRF token is answered 403 and changes nothing. */
class CsrfTest extends IntegrationTest {

    @Test
    void approveWhenNoTokenThenForbiddenAndStillPending() {
        Person pending = scenario().signUp(Role.SPONSOR);
        Browser admin = scenario().rootAdmin().browser();
        admin.get("/admin/accounts/" + pending.id()).assertStatus(200);

        Expect.forbiddenPage(admin.postRaw("/admin/accounts/" + pending.id() + "/approve", Map.of("reason", "ok")));

        assertThat(stateOf(admin, pending.id())).isEqualTo("PENDING");
        Expect.redirectTo(pending.browser().get("/sponsor/dashboard"), "/account/status");
    }

    @Test
    void approveWhenWrongTokenThenForbiddenAndStillPending() {
        Person pending = scenario().signUp(Role.SPONSOR);
        Browser admin = scenario().rootAdmin().browser();
        admin.get("/admin/accounts/" + pending.id()).assertStatus(200);

        Expect.forbiddenPage(admin.post("/admin/accounts/" + pending.id() + "/approve",
                Map.of("reason", "ok", "_csrf", "wrong")));
        Expect.forbiddenPage(admin.post("/admin/accounts/" + pending.id() + "/approve",
                Map.of("reason", "ok", "_csrf", "")));

        assertThat(stateOf(admin, pending.id())).isEqualTo("PENDING");
    }

    @Test
    void approveWhenTokenOfAnotherSessionThenForbiddenAndStillPending() {
        Person pending = scenario().signUp(Role.EDITOR);
        Browser attacker = browser();
        String attackersToken = attacker.get("/login").assertStatus(200).html()
                .selectFirst("input[name=_csrf]").attr("value");
        Browser admin = scenario().rootAdmin().browser();
        admin.get("/admin").assertStatus(200);

        Expect.forbiddenPage(admin.postRaw("/admin/accounts/" + pending.id() + "/approve",
                Map.of("reason", "ok", "_csrf", attackersToken)));

        assertThat(stateOf(admin, pending.id())).isEqualTo("PENDING");
    }

    @Test
    void grantWhenNoTokenThenForbiddenAndRoleNotGranted() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Browser admin = scenario().rootAdmin().browser();
        admin.get("/admin/accounts/" + sponsor.id()).assertStatus(200);

        Expect.forbiddenPage(admin.postRaw("/admin/accounts/" + sponsor.id() + "/roles/grant",
                Map.of("role", "ADMIN", "reason", "x")));

        Expect.forbiddenPage(sponsor.browser().get("/admin"));
        assertThat(sponsor.browser().get("/account/status").assertStatus(200).html().select(".panel.ok .badge").eachText())
                .containsExactly("SPONSOR");
    }

    @Test
    void suspendWhenNoTokenThenForbiddenAndSessionLives() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Browser admin = scenario().rootAdmin().browser();
        admin.get("/admin/accounts/" + sponsor.id()).assertStatus(200);

        Expect.forbiddenPage(admin.postRaw("/admin/accounts/" + sponsor.id() + "/suspend", Map.of("reason", "x")));

        assertThat(stateOf(admin, sponsor.id())).isEqualTo("ACTIVE");
        sponsor.browser().get("/sponsor/dashboard").assertStatus(200);
    }

    @Test
    void signupWhenNoTokenThenForbiddenAndNoAccount() {
        String email = Scenario.uniqueEmail("nocsrf");
        Browser browser = browser();
        browser.get("/signup/sponsor").assertStatus(200);

        Browser.Response response = browser.postRaw("/signup/sponsor", Map.of("displayName", "No Token",
                "email", email, "password", PASSWORD, "confirmPassword", PASSWORD));

        Expect.forbiddenPage(response);
        Expect.redirectTo(browser.get("/account/status"), "/login");
        Browser.Response list = scenario().rootAdmin().browser().get("/admin/accounts?q=" + email).assertStatus(200);
        assertThat(list.text()).contains("No account matches");
    }

    @Test
    void signupWhenFreshClientWithoutSessionOrTokenThenForbiddenAndNoAccount() {
        String email = Scenario.uniqueEmail("nocsrf");

        Expect.forbiddenPage(browser().postRaw("/signup/editor", Map.of("displayName", "No Session",
                "email", email, "password", PASSWORD, "confirmPassword", PASSWORD)));

        Browser.Response list = scenario().rootAdmin().browser().get("/admin/accounts?q=" + email).assertStatus(200);
        assertThat(list.text()).contains("No account matches");
    }

    @Test
    void logoutWhenNoTokenThenForbiddenAndStillSignedIn() {
        Person sponsor = scenario().active(Role.SPONSOR);
        sponsor.browser().get("/sponsor/dashboard").assertStatus(200);

        Expect.forbiddenPage(sponsor.browser().postRaw("/logout", Map.of()));
        Expect.forbiddenPage(sponsor.browser().postRaw("/logout", Map.of("_csrf", "wrong")));

        sponsor.browser().get("/sponsor/dashboard").assertStatus(200);
    }

    @Test
    void loginWhenNoTokenThenForbiddenAndNotSignedIn() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Browser browser = browser();
        browser.get("/login").assertStatus(200);

        Expect.forbiddenPage(browser.postRaw("/login", Map.of("username", sponsor.email(), "password", PASSWORD)));
        Expect.redirectTo(browser.get("/sponsor/dashboard"), "/login");

        Browser admin = browser();
        admin.get("/admin/login").assertStatus(200);
        Expect.forbiddenPage(admin.postRaw("/admin/login", Map.of("username", ADMIN_EMAIL, "password", ADMIN_PASSWORD)));
        Expect.redirectTo(admin.get("/admin"), "/admin/login");
    }

    @Test
    void approveWhenGetThenNotAllowedAndStillPending() {
        Person pending = scenario().signUp(Role.SPONSOR);
        Browser admin = scenario().rootAdmin().browser();

        Browser.Response response = admin.get("/admin/accounts/" + pending.id() + "/approve?reason=ok");

        Expect.htmlErrorPage(response, 405);
        assertThat(stateOf(admin, pending.id())).isEqualTo("PENDING");
    }

    @Test
    void logoutWhenGetThenStillSignedIn() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Expect.notReached(sponsor.browser().get("/logout"));
        sponsor.browser().get("/sponsor/dashboard").assertStatus(200);
    }

    @Test
    void tokenWhenIssuedBeforeSignInThenRefusedAfterSignIn() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Browser browser = browser();
        String before = browser.get("/login").assertStatus(200).html().selectFirst("input[name=_csrf]").attr("value");
        Expect.redirectTo(browser.post("/login", Map.of("username", sponsor.email(), "password", PASSWORD)),
                "/account/status");

        Expect.forbiddenPage(browser.postRaw("/logout", Map.of("_csrf", before)));
        browser.get("/sponsor/dashboard").assertStatus(200);
    }

    private static String stateOf(Browser admin, UUID accountId) {
        return admin.get("/admin/accounts/" + accountId).assertStatus(200).html().selectFirst(".facts .badge").text();
    }

    @Test
    void postWhenTokenMissingThenPageSaysTheFormExpired() {
        Browser browser = browser();
        browser.get("/login").assertStatus(200);
        Browser.Response refused = browser.postRaw("/login", Map.of("username", "x@example.org", "password", "y"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text()).contains("This form has expired").doesNotContain("does not have the role");
    }
}

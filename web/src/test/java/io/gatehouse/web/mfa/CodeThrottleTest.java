package io.gatehouse.web.mfa;

import io.gatehouse.it.AuthenticatorApp;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Pages;
import io.gatehouse.it.Scenario.Person;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guessing at the six digits is cut off after ten wrong codes per account from browsers the owner never
 * signed in with; the answer then does not tell a right code from a wrong one.
 */
class CodeThrottleTest extends IntegrationTest {

    @Test
    void strangerWhenTenWrongCodesThenEvenTheRightCodeIsRefusedAlike() {
        Person admin = scenario().newAdmin();
        Browser stranger = passwordOnly(admin); // someone who has the password, but not the phone
        Browser.Response wrong = null;
        for (int attempt = 0; attempt < 10; attempt++) {
            wrong = stranger.post("/login/mfa", Map.of("code", wrongCode(admin.email(), attempt))).assertStatus(400);
        }

        Browser.Response right = stranger.post("/login/mfa", Map.of("code", authenticator().freshCode(admin.email())));

        right.assertStatus(400);
        assertThat(Pages.problem(right)).isNotBlank().isEqualTo(Pages.problem(wrong));
        assertThat(right.html().selectFirst("h1").text()).isEqualTo(wrong.html().selectFirst("h1").text());
        assertThat(stranger.get("/admin").location()).isEqualTo("/login/mfa");
        List<String> causes = Pages.history(scenario().rootBrowser()
                        .get("/audit?type=SignInFailed&account=" + admin.id()).assertStatus(200))
                .stream().map(row -> row.detail().split(", ")[0]).toList();
        assertThat(causes).filteredOn("wrong or reused second-factor code"::equals).hasSize(10);
        assertThat(causes).contains("refused unchecked: too many failed attempts");
    }

    /** The owner's browser, where they passed the second step before, keeps an allowance of its own. */
    @Test
    void ownerWhenStrangerSpentTheAllowanceThenStillPassesInKnownBrowser() {
        Person admin = scenario().newAdmin();
        Browser stranger = passwordOnly(admin);
        for (int attempt = 0; attempt < 10; attempt++) {
            stranger.post("/login/mfa", Map.of("code", wrongCode(admin.email(), attempt))).assertStatus(400);
        }
        Browser known = admin.browser();
        known.get("/admin").assertStatus(200);
        known.post("/logout", Map.of()).assertStatus(302);

        known.submit("/admin/login", "/admin/login", Map.of("username", admin.email(), "password", PASSWORD));
        known.get("/login/mfa").assertStatus(200);
        Browser.Response passed = known.post("/login/mfa", Map.of("code", authenticator().freshCode(admin.email())));

        assertThat(passed.status()).isEqualTo(303);
        known.get("/admin").assertStatus(200);
    }

    /** A new browser in which the admin's password was typed at the admin form: held at the second step. */
    private Browser passwordOnly(Person admin) {
        Browser browser = browser();
        Browser.Response afterPassword = browser.submit("/admin/login", "/admin/login",
                Map.of("username", admin.email(), "password", PASSWORD));
        assertThat(afterPassword.location()).isEqualTo("/login/mfa");
        browser.get("/login/mfa").assertStatus(200);
        return browser;
    }

    private String wrongCode(String email, int n) {
        return AuthenticatorApp.wrongCode(authenticator().key(email), n);
    }
}

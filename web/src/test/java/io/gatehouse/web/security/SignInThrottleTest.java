package io.gatehouse.web.security;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Password guessing against one account is cut off after ten failures; other accounts are unaffected. */
class SignInThrottleTest extends IntegrationTest {

    @Test
    void signInWhenTenFailuresThenEvenTheRightPasswordIsRefusedAlike() {
        Scenario.Person target = scenario().active(Role.SPONSOR);
        for (int attempt = 0; attempt < 10; attempt++) {
            assertThat(attempt(target.email(), "wrong-password-" + attempt).location()).isEqualTo("/login");
        }

        Browser.Response withRightPassword = attemptIn(browser(), target.email(), PASSWORD);

        assertThat(withRightPassword.status()).isEqualTo(302);
        assertThat(withRightPassword.header("Location")).endsWith("/login?error");
    }

    @Test
    void signInWhenAnotherAccountIsThrottledThenUnaffected() {
        Scenario.Person target = scenario().active(Role.SPONSOR);
        Scenario.Person bystander = scenario().active(Role.EDITOR);
        for (int attempt = 0; attempt < 10; attempt++) {
            attempt(target.email(), "wrong-password-" + attempt);
        }

        Browser browser = browser();
        Browser.Response response = attemptIn(browser, bystander.email(), PASSWORD);

        assertThat(response.header("Location")).endsWith("/account/status");
        browser.get("/editor/dashboard").assertStatus(200);
    }

    @Test
    void adminSignInWhenAccountThrottledThenRefusedToo() {
        Scenario.Person admin = scenario().newAdmin();
        for (int attempt = 0; attempt < 10; attempt++) {
            attempt(admin.email(), "wrong-password-" + attempt);
        }

        Browser browser = browser();
        Browser.Response response = browser.submit("/admin/login", "/admin/login",
                Map.of("username", admin.email(), "password", PASSWORD));

        assertThat(response.header("Location")).endsWith("/admin/login?error");
        assertThat(browser.get("/admin").status()).isEqualTo(302);
    }

    private Browser.Response attempt(String email, String password) {
        return attemptIn(browser(), email, password);
    }

    private static Browser.Response attemptIn(Browser browser, String email, String password) {
        return browser.submit("/login", "/login", Map.of("username", email, "password", password));
    }
}

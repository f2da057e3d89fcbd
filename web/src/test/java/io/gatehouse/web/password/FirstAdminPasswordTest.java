package io.gatehouse.web.password;

import io.gatehouse.it.App;
import io.gatehouse.it.Browser;
import io.gatehouse.it.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With no admin password configured, the first admin gets a generated one, printed once in the log; it
 * opens nothing but the page that replaces it, and then the admin still sets up an authenticator.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminPasswordTest {

    private static final String NEW_PASSWORD = "Saddle-Lichen-Harbour-64";
    private static final Pattern ONE_TIME = Pattern.compile(
            "First admin created: sign in at /admin/login as (\\S+) with the one-time password (\\S+)");

    @Test
    void generatedPasswordThenMustBeChangedBeforeAnythingElse(CapturedOutput output) {
        String email = Scenario.uniqueEmail("first-admin");
        try (App app = App.start("gatehouse.admin.email=" + email, "gatehouse.admin.password=",
                "gatehouse.embedded-database.ephemeral=true")) {
            Matcher logged = ONE_TIME.matcher(output.getAll());
            assertThat(logged.find()).as("the one-time password in the log").isTrue();
            assertThat(logged.group(1)).isEqualTo(email);
            String oneTime = logged.group(2);
            assertThat(logged.find()).as("printed only once").isFalse();
            Browser browser = app.browser();
            Browser.Response signedIn = browser.submit("/admin/login", "/admin/login",
                    Map.of("username", email, "password", oneTime));
            assertThat(signedIn.status()).isEqualTo(302);
            assertThat(signedIn.location()).isEqualTo("/account/password");
            for (String page : List.of("/account/status", "/account/mfa", "/admin")) {
                assertThat(browser.get(page).location()).as(page).isEqualTo("/account/password");
            }
            Browser.Response form = browser.get("/account/password").assertStatus(200);
            assertThat(form.text()).contains("The password you signed in with was handed out to you");

            Browser.Response changed = browser.post("/account/password", Map.of("currentPassword", oneTime,
                    "newPassword", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD));

            assertThat(changed.status()).isEqualTo(303);
            assertThat(changed.location()).isEqualTo("/admin"); // where the admin was on their way to
            assertThat(browser.get("/admin").location()).isEqualTo("/account/mfa");
            app.scenario().enrol(browser, email);
            browser.get("/admin").assertStatus(200);
            // the handed-out password is spent; the chosen one works, followed by the second step
            Browser again = app.browser();
            assertThat(again.submit("/admin/login", "/admin/login", Map.of("username", email, "password", oneTime))
                    .header("Location")).isEqualTo("/admin/login?error");
            assertThat(again.submit("/admin/login", "/admin/login", Map.of("username", email,
                    "password", NEW_PASSWORD)).location()).isEqualTo("/login/mfa");
        }
    }
}

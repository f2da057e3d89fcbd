package io.gatehouse.web.signup;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Pages;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.TestClock;
import io.gatehouse.it.TestMail;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The link in the confirmation mail: opening it changes nothing (mail scanners open links), its button
 * confirms once, and a used, unknown or expired link gets the page that says it does not work any more.
 */
// The expired-link test moves the JVM's clock two days on: it runs last, so the others here meet real time.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConfirmationLinkTest extends IntegrationTest {

    private static final String INVALID = "This link does not work any more";

    @Autowired
    private RegistrationExpiry expiry;

    @Test
    void confirmLinkWhenOpenedThenNothingChangesUntilTheButtonIsPressed() {
        String email = signUp("opened");
        String token = Scenario.tokenFrom(TestMail.awaitTo(email, "Confirm your address"), "/signup/confirm");

        Browser.Response opened = browser().get("/signup/confirm?token=" + token);

        assertThat(opened.status()).isEqualTo(200);
        assertThat(opened.html().selectFirst("form[action=/signup/confirm] input[name=token]").attr("value"))
                .isEqualTo(token);
        // Still UNVERIFIED: it cannot sign in, admins do not see it, and nothing was recorded.
        assertThat(signInLocation(email)).isEqualTo("/login?error");
        assertThat(adminList(email).text()).contains("No account matches");
        assertThat(Pages.history(audit("EmailConfirmed", email))).isEmpty();

        Browser.Response pressed = press(token);

        assertThat(pressed.status()).isEqualTo(303);
        assertThat(pressed.header("Location")).isEqualTo("/login?confirmed");
        assertThat(scenario().signIn(email, PASSWORD).get("/account/status").assertStatus(200).text())
                .contains("PENDING").contains(email);
        assertThat(adminList(email).html().select("tbody .badge").eachText()).containsExactly("PENDING");
    }

    @Test
    void confirmLinkWhenUsedTwiceThenSecondUseGetsTheInvalidPage() {
        String email = signUp("twice");
        String token = Scenario.tokenFrom(TestMail.awaitTo(email, "Confirm your address"), "/signup/confirm");
        press(token).assertStatus(303);

        Browser.Response again = press(token);

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.text()).contains(INVALID);
        assertThat(again.html().selectFirst("form[action=/signup/resend] input[name=email]")).isNotNull();
        assertThat(browser().get("/signup/confirm?token=" + token).status()).as("the link opened again").isEqualTo(400);
        assertThat(Pages.history(audit("EmailConfirmed", email))).hasSize(1);
    }

    @Test
    void confirmLinkWhenTokenUnknownOrMissingThenInvalidPage() {
        String unknown = "unknown-" + UUID.randomUUID();

        for (Browser.Response answer : List.of(browser().get("/signup/confirm?token=" + unknown), press(unknown),
                browser().get("/signup/confirm"), press(""), press("x".repeat(101)))) {
            assertThat(answer.status()).as(answer.raw().request().toString()).isEqualTo(400);
            assertThat(answer.text()).contains(INVALID);
        }
    }

    /** The link's 48 hours run on the app's clock: past them it is dead, and once the sign-up lapsed too. */
    @Test
    @Order(Integer.MAX_VALUE)
    void confirmLinkWhenOlderThan48HoursThenInvalidPage() {
        String email = signUp("late");
        String token = Scenario.tokenFrom(TestMail.awaitTo(email, "Confirm your address"), "/signup/confirm");

        TestClock.INSTANCE.advance(Duration.ofHours(49));
        Browser.Response opened = browser().get("/signup/confirm?token=" + token); // the link's own time is up
        expiry.expireDue();
        Browser.Response pressed = press(token);

        assertThat(opened.status()).isEqualTo(400);
        assertThat(opened.text()).contains(INVALID);
        assertThat(pressed.status()).isEqualTo(400);
        assertThat(pressed.text()).contains(INVALID);
        assertThat(Pages.history(audit("EmailConfirmed", email))).isEmpty();
    }

    /** Signs up a new address in a browser of its own; the account is UNVERIFIED once its mail is sent. */
    private String signUp(String prefix) {
        String email = Scenario.uniqueEmail(prefix);
        scenario().submitSignUp(browser(), Role.EDITOR, email, "Link " + prefix).assertStatus(303);
        return email;
    }

    /** Posts the token as the button would, from a browser that opened the link (for its CSRF token). */
    private Browser.Response press(String token) {
        Browser browser = browser();
        browser.get("/signup/confirm?token=" + enc(token));
        return browser.post("/signup/confirm", Map.of("token", token));
    }

    private String signInLocation(String email) {
        return browser().submit("/login", "/login", Map.of("username", email, "password", PASSWORD)).header("Location");
    }

    private Browser.Response adminList(String email) {
        return scenario().rootBrowser().get("/admin/accounts?q=" + enc(email)).assertStatus(200);
    }

    /** The account's events of one type; by the e-mail as actor, which also finds accounts admins' lists hide. */
    private Browser.Response audit(String type, String email) {
        return scenario().rootBrowser().get("/audit?type=" + type + "&actor=" + enc(email)).assertStatus(200);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

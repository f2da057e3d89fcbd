package io.gatehouse.web.signup;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.TestMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing up: the form, the confirmation mail, and the account it opens. */
class SignupFlowTest extends IntegrationTest {

    @Test
    void signupWhenValidThenConfirmationMailAndPendingOnceConfirmed() {
        String email = Scenario.uniqueEmail("new");
        Browser browser = browser();
        Browser.Response response = browser.submit("/signup/editor", "/signup/editor", Map.of(
                "displayName", "Ada Editor", "email", "  " + email.toUpperCase() + " ", "organization", "",
                "password", PASSWORD, "confirmPassword", PASSWORD));

        assertThat(response.status()).isEqualTo(303);
        assertThat(response.location()).isEqualTo("/signup/check-inbox");
        MimeMessage mail = TestMail.awaitTo(email, "Confirm your address");
        assertThat(TestMail.text(mail)).contains("Ada Editor").contains("EDITOR")
                .contains("48 hours after the sign-up");
        assertThat(TestMail.link(mail, "/signup/confirm?token=")).startsWith("http://localhost:" + port + "/");

        scenario().confirm(browser(), email);
        Browser.Response status = scenario().signIn(email, PASSWORD).get("/account/status").assertStatus(200);
        assertThat(status.text()).contains("PENDING").contains(email).contains("EDITOR");
    }

    @Test
    void signupWhenFieldsInvalidThenFormWithMessagesAndNothingRecorded() {
        String email = Scenario.uniqueEmail("bad");
        Browser browser = browser();
        Browser.Response response = browser.submit("/signup/sponsor", "/signup/sponsor", Map.of(
                "displayName", " ", "email", email, "password", "short", "confirmPassword", "short"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("Enter your name.").contains("Use at least 12 characters.");
        assertThat(response.html().select("input[name=email]").attr("value")).isEqualTo(email);
        assertThat(response.body()).doesNotContain("short\"");
        Browser.Response list = scenario().rootBrowser().get("/admin/accounts?q=" + email).assertStatus(200);
        assertThat(list.text()).contains("No account matches");
        assertThat(TestMail.to(email)).isEmpty();
    }

    @Test
    void signupWhenPasswordEasyToGuessThenMessageSaysWhy() {
        Browser.Response response = browser().submit("/signup/sponsor", "/signup/sponsor", Map.of(
                "displayName", "Grace Hopper", "email", Scenario.uniqueEmail("weak"),
                "password", "GraceHopper1906", "confirmPassword", "GraceHopper1906"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.html().selectFirst("#password ~ .field-error").text())
                .contains("too easy to guess").contains("your name or e-mail address");
    }

    @Test
    void signupWhenPasswordLongerThan72BytesThenAcceptedAndUsableToSignIn() {
        String email = Scenario.uniqueEmail("long");
        String password = "\u5bc6".repeat(40) + "-and-ascii-" + "x".repeat(60); // 40 CJK + 71 ASCII = 191 bytes
        browser().submit("/signup/sponsor", "/signup/sponsor", Map.of("displayName", "Long Password", "email", email,
                "password", password, "confirmPassword", password)).assertStatus(303);
        scenario().confirm(browser(), email);

        Browser again = scenario().signIn(email, password);
        assertThat(again.get("/account/status").assertStatus(200).text()).contains("PENDING");
    }

    @Test
    void signupWhenPasswordOver128CharactersThenFieldMessage() {
        String password = "p".repeat(129);
        Browser.Response response = browser().submit("/signup/sponsor", "/signup/sponsor", Map.of(
                "displayName", "Too Long", "email", Scenario.uniqueEmail("toolong"), "password", password,
                "confirmPassword", password));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("Use at most 128 characters.");
    }

    @Test
    void signupWhenEmailPastedWithNonBreakingSpaceThenTrimmedAndUsableToSignIn() {
        String email = Scenario.uniqueEmail("nbsp");
        browser().submit("/signup/editor", "/signup/editor", Map.of("displayName", "Pasted",
                "email", "\u00a0" + email + "\u00a0", "password", PASSWORD, "confirmPassword", PASSWORD))
                .assertStatus(303);
        scenario().confirm(browser(), email);

        assertThat(scenario().signIn(email, PASSWORD).get("/account/status").assertStatus(200).text()).contains(email);
    }

    @Test
    void signupWhenAlreadySignedInThenSentToStatusAndNoSecondAccount() {
        Scenario.Person person = scenario().signUp(Role.SPONSOR);
        String other = Scenario.uniqueEmail("second");

        assertThat(person.browser().get("/signup/editor").status()).isEqualTo(303);
        person.browser().get("/account/status").assertStatus(200); // a page with this session's CSRF token
        Browser.Response posted = person.browser().post("/signup/editor", Map.of("displayName", "Second",
                "email", other, "password", PASSWORD, "confirmPassword", PASSWORD));

        assertThat(posted.status()).isEqualTo(303);
        assertThat(posted.location()).isEqualTo("/account/status");
        assertThat(person.browser().get("/account/status").text()).contains(person.email()).doesNotContain(other);
        assertThat(TestMail.to(other)).isEmpty();
    }
}

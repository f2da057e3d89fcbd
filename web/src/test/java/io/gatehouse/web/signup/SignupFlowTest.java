package io.gatehouse.web.signup;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SignupFlowTest extends IntegrationTest {

    @Test
    void signupWhenValidThenPendingAndSignedIn() {
        String email = Scenario.uniqueEmail("new");
        Browser browser = browser();
        Browser.Response response = browser.submit("/signup/editor", "/signup/editor", Map.of(
                "displayName", "Ada Editor", "email", "  " + email.toUpperCase() + " ", "organization", "",
                "password", PASSWORD, "confirmPassword", PASSWORD));

        assertThat(response.status()).isEqualTo(303);
        assertThat(response.location()).isEqualTo("/account/status");
        Browser.Response status = browser.get("/account/status").assertStatus(200);
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
        Browser.Response list = scenario().rootAdmin().browser().get("/admin/accounts?q=" + email).assertStatus(200);
        assertThat(list.text()).contains("No account matches");
    }

    @Test
    void signupWhenEmailTakenInAnotherCaseThenRefused() {
        String email = Scenario.uniqueEmail("taken");
        scenario().signUp(Role.SPONSOR, email, "First");

        Browser.Response again = browser().submit("/signup/editor", "/signup/editor", Map.of(
                "displayName", "Second", "email", email.toUpperCase(), "password", PASSWORD,
                "confirmPassword", PASSWORD));

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.text()).contains("already exists");
    }

    @Test
    void signupWhenPasswordLongerThan72BytesThenAcceptedAndUsableToSignIn() {
        String email = Scenario.uniqueEmail("long");
        String password = "\u5bc6".repeat(40) + "-and-ascii-" + "x".repeat(60); // 40 CJK + 71 ASCII = 191 bytes
        Browser.Response response = browser().submit("/signup/sponsor", "/signup/sponsor", Map.of(
                "displayName", "Long Password", "email", email, "password", password, "confirmPassword", password));
        assertThat(response.status()).isEqualTo(303);

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
        assertThat(scenario().rootAdmin().browser().get("/admin/accounts?q=" + other).text())
                .contains("No account matches");
    }
}

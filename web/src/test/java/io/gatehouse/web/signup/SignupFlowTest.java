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
}

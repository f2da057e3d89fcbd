package io.gatehouse.web.password;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Pages;
import io.gatehouse.it.Scenario.Person;
import io.gatehouse.it.TestMail;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /account/password}: a new password, given the current one; the account's other sessions end, this
 * one goes on, and the owner is told by mail. Refusals: {@link PasswordChangeRefusalsTest}.
 */
class PasswordChangeTest extends IntegrationTest {

    private static final String NEW_PASSWORD = "Marble-Orchid-Tundra-58";

    @Test
    void changeThenOtherSessionEndedThisOneKeptAndOnlyNewPasswordWorks() {
        Person person = scenario().active(Role.SPONSOR);
        Browser other = scenario().signIn(person.email(), PASSWORD);
        other.get("/sponsor/dashboard").assertStatus(200);

        Browser.Response changed = change(person.browser(), PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(changed.status()).isEqualTo(303);
        assertThat(Pages.notice(person.browser().get(changed.location()).assertStatus(200)))
                .isEqualTo("Your password was changed. Your other session was ended.");
        person.browser().get("/sponsor/dashboard").assertStatus(200);
        Browser.Response ended = other.get("/sponsor/dashboard").assertStatus(401);
        assertThat(ended.html().selectFirst("h1").text()).isEqualTo("Your session has ended");
        assertThat(ended.text()).contains("Your password was changed in another session.");

        assertThat(attempt(person.email(), PASSWORD).header("Location")).isEqualTo("/login?error");
        assertSignInWorks(person.email(), NEW_PASSWORD);
    }

    @Test
    void changeThenMailedAndRecorded() {
        Person person = scenario().active(Role.EDITOR);

        change(person.browser(), PASSWORD, NEW_PASSWORD, NEW_PASSWORD).assertStatus(303);

        String mail = TestMail.text(TestMail.awaitTo(person.email(), "Your Gatehouse password was changed"));
        assertThat(mail).contains(person.browser().clientAddress()).contains("/password/forgot");
        assertThat(Pages.history(scenario().rootBrowser()
                        .get("/audit?type=PasswordChanged&account=" + person.id()).assertStatus(200)))
                .singleElement().satisfies(row -> {
                    assertThat(row.action()).isEqualTo("Password changed");
                    assertThat(row.actor()).isEqualTo(person.email());
                    assertThat(row.clientAddress()).isEqualTo(person.browser().clientAddress());
                });
    }

    private static Browser.Response change(Browser browser, String current, String next, String confirmation) {
        return browser.submit("/account/password", "/account/password",
                Map.of("currentPassword", current, "newPassword", next, "confirmPassword", confirmation));
    }

    private Browser.Response attempt(String email, String password) {
        return browser().submit("/login", "/login", Map.of("username", email, "password", password));
    }

    private void assertSignInWorks(String email, String password) {
        assertThat(attempt(email, password).header("Location")).isEqualTo("/account/status");
    }
}

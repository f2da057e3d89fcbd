package io.gatehouse.web.password;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario.Person;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /account/password} refuses a change it cannot make with a message on the field concerned, and the
 * password stays as it was.
 */
class PasswordChangeRefusalsTest extends IntegrationTest {

    private static final String NEW_PASSWORD = "Marble-Orchid-Tundra-58";

    /**
     * Fails today (app bug): the answer is 500. ChangePasswordController rejects the field with
     * errors.rejectValue("currentPassword", ...), which reads the field's value through a getter, and
     * ChangePasswordForm has only currentPassword(), so Spring throws NotReadablePropertyException.
     */
    @Test
    void changeWhenCurrentPasswordWrongThenRefusedOnThatField() {
        Person person = scenario().active(Role.SPONSOR);

        Browser.Response refused = change(person.browser(), "not-my-password-at-all", NEW_PASSWORD, NEW_PASSWORD);

        refused.assertStatus(400);
        assertThat(fieldError(refused, "currentPassword")).isEqualTo("That is not your current password.");
        assertSignInWorks(person.email(), PASSWORD);
    }

    @Test
    void changeWhenCurrentPasswordBlankThenRefusedOnThatField() {
        Person person = scenario().active(Role.SPONSOR);

        Browser.Response refused = change(person.browser(), "", NEW_PASSWORD, NEW_PASSWORD);

        refused.assertStatus(400);
        assertThat(fieldError(refused, "currentPassword")).isEqualTo("Enter your current password.");
        assertSignInWorks(person.email(), PASSWORD);
    }

    /** Fails today (app bug): 500, for the same reason as a wrong current password, on "newPassword". */
    @Test
    void changeWhenNewPasswordSameAsCurrentThenRefusedOnThatField() {
        Person person = scenario().active(Role.EDITOR);

        Browser.Response refused = change(person.browser(), PASSWORD, PASSWORD, PASSWORD);

        refused.assertStatus(400);
        assertThat(fieldError(refused, "newPassword")).isEqualTo("Choose a password different from your current one.");
    }

    @Test
    void changeWhenNewPasswordGuessableThenRefusedSayingWhy() {
        Person person = scenario().active(Role.SPONSOR);

        Browser.Response refused = change(person.browser(), PASSWORD, "passwordpassword1", "passwordpassword1");

        refused.assertStatus(400);
        assertThat(fieldError(refused, "newPassword")).contains("too easy to guess");
        assertSignInWorks(person.email(), PASSWORD);
    }

    @Test
    void changeWhenConfirmationDiffersThenRefused() {
        Person person = scenario().active(Role.EDITOR);

        Browser.Response refused = change(person.browser(), PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x");

        refused.assertStatus(400);
        assertThat(fieldError(refused, "confirmPassword")).isEqualTo("The two passwords do not match.");
        assertSignInWorks(person.email(), PASSWORD);
    }

    private static Browser.Response change(Browser browser, String current, String next, String confirmation) {
        return browser.submit("/account/password", "/account/password",
                Map.of("currentPassword", current, "newPassword", next, "confirmPassword", confirmation));
    }

    /** The message printed under the field's input, or null. */
    private static String fieldError(Browser.Response page, String field) {
        var input = page.html().selectFirst("input[name=" + field + "]");
        var error = input == null ? null : input.nextElementSibling();
        return error != null && error.hasClass("field-error") ? error.text() : null;
    }

    private void assertSignInWorks(String email, String password) {
        assertThat(browser().submit("/login", "/login", Map.of("username", email, "password", password))
                .header("Location")).isEqualTo("/account/status");
    }
}

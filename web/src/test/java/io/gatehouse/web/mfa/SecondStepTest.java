package io.gatehouse.web.mfa;

import io.gatehouse.it.AuthenticatorApp;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario.Person;
import io.gatehouse.it.TestClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /login/mfa}: after the password, an admin is held at the second step until a code is typed; each
 * code, from the app or from the recovery list, works once.
 */
class SecondStepTest extends IntegrationTest {

    private static final String WRONG = "That code is not right, or it was used already.";

    @Test
    void adminBetweenPasswordAndCodeThenReachesOnlyItsStatusPage() {
        Person admin = scenario().newAdmin();
        Browser browser = passwordOnly(admin);

        for (String page : List.of("/admin", "/admin/accounts", "/audit", "/sponsor/dashboard")) {
            Browser.Response held = browser.get(page);
            assertThat(held.status()).as(page).isIn(302, 303);
            assertThat(held.location()).as(page).isEqualTo("/login/mfa");
        }
        browser.get("/account/status").assertStatus(200);

        browser.get("/login/mfa").assertStatus(200);
        Browser.Response passed = browser.post("/login/mfa", Map.of("code", authenticator().freshCode(admin.email())));
        assertThat(passed.status()).isEqualTo(303);
        browser.get("/admin").assertStatus(200);
    }

    /** A phished password without the code cannot lock the owner out: no new password, no ended sessions. */
    @Test
    void adminBetweenPasswordAndCodeThenCannotChangeThePasswordNorEndTheOwnersSessions() {
        Person admin = scenario().newAdmin();
        Browser owner = scenario().signInAsAdmin(admin.email(), PASSWORD).browser();
        Browser intruder = passwordOnly(admin);

        for (String page : List.of("/account/password", "/account/sessions", "/account/mfa")) {
            assertThat(intruder.get(page).location()).as(page).isEqualTo("/login/mfa");
        }
        intruder.get("/account/status").assertStatus(200);
        Browser.Response change = intruder.post("/account/password", Map.of("currentPassword", PASSWORD,
                "newPassword", "Taken-Over-Harbor-2026", "confirmPassword", "Taken-Over-Harbor-2026"));
        Browser.Response endOthers = intruder.post("/account/sessions/end-others", Map.of());

        assertThat(change.status()).isEqualTo(303);
        assertThat(change.location()).isEqualTo("/login/mfa");
        assertThat(endOthers.location()).isEqualTo("/login/mfa");
        owner.get("/admin").assertStatus(200);
        assertThat(passwordOnly(admin)).as("the old password still works").isNotNull();
    }

    @Test
    void wrongCodeThenRefusedWithMessageAndStillHeld() {
        Person admin = scenario().newAdmin();
        Browser browser = passwordOnly(admin);
        browser.get("/login/mfa").assertStatus(200);

        Browser.Response refused = browser.post("/login/mfa", Map.of("code", wrongCode(admin.email())));

        refused.assertStatus(400);
        assertThat(refused.html().selectFirst("p.flash.error").text()).startsWith(WRONG);
        assertThat(browser.get("/admin").location()).isEqualTo("/login/mfa");
    }

    @Test
    void codeUsedInOneSignInThenRefusedInTheNext() {
        Person admin = scenario().newAdmin();
        startOfNextStep();
        String code = authenticator().freshCode(admin.email());
        long step = AuthenticatorApp.currentStep();
        Browser first = passwordOnly(admin);
        first.get("/login/mfa").assertStatus(200);
        first.post("/login/mfa", Map.of("code", code)).assertStatus(303);

        Browser second = passwordOnly(admin);
        second.get("/login/mfa").assertStatus(200);
        // still within the steps the server accepts: only its being used already can refuse it
        assertThat(AuthenticatorApp.currentStep()).isEqualTo(step);
        Browser.Response replayed = second.post("/login/mfa", Map.of("code", code));

        replayed.assertStatus(400);
        assertThat(replayed.text()).contains(WRONG);
        assertThat(second.get("/admin").location()).isEqualTo("/login/mfa");
    }

    @Test
    void codeOfThePreviousStepThenAcceptedOnce() {
        Person admin = scenario().newAdmin();
        TestClock.INSTANCE.advance(Duration.ofSeconds(90)); // well past the step of the code used at sign-in
        startOfNextStep();
        long previous = AuthenticatorApp.currentStep() - 1;
        String late = AuthenticatorApp.code(authenticator().key(admin.email()), previous);

        Browser drifting = passwordOnly(admin);
        drifting.get("/login/mfa").assertStatus(200);
        drifting.post("/login/mfa", Map.of("code", late)).assertStatus(303);
        drifting.get("/admin").assertStatus(200);

        Browser again = passwordOnly(admin);
        again.get("/login/mfa").assertStatus(200);
        assertThat(AuthenticatorApp.currentStep() - previous).as("the code is still in the window").isEqualTo(1);
        again.post("/login/mfa", Map.of("code", late)).assertStatus(400);
    }

    @Test
    void recoveryCodeThenWorksOnce() {
        Person admin = scenario().newAdmin();
        String recovery = authenticator().recoveryCodes(admin.email()).get(0);

        Browser lostPhone = passwordOnly(admin);
        lostPhone.get("/login/mfa").assertStatus(200);
        lostPhone.post("/login/mfa", Map.of("code", recovery)).assertStatus(303);
        lostPhone.get("/admin").assertStatus(200);
        assertThat(lostPhone.get("/account/mfa").assertStatus(200).text()).contains("Recovery codes left: 9");

        Browser again = passwordOnly(admin);
        again.get("/login/mfa").assertStatus(200);
        Browser.Response reused = again.post("/login/mfa", Map.of("code", recovery));
        reused.assertStatus(400);
        assertThat(reused.text()).contains(WRONG);
        assertThat(again.get("/admin").location()).isEqualTo("/login/mfa");
    }

    /** A new browser in which the admin typed the right password at the admin form, and nothing more. */
    private Browser passwordOnly(Person admin) {
        Browser browser = browser();
        Browser.Response afterPassword = browser.submit("/admin/login", "/admin/login",
                Map.of("username", admin.email(), "password", PASSWORD));
        assertThat(afterPassword.status()).isEqualTo(302);
        assertThat(afterPassword.location()).isEqualTo("/login/mfa");
        return browser;
    }

    /** Moves the clock to just past the start of a 30-second step: what follows happens within that step. */
    private static void startOfNextStep() {
        long millisIntoStep = Math.floorMod(TestClock.INSTANCE.instant().toEpochMilli(), 30_000L);
        TestClock.INSTANCE.advance(Duration.ofMillis(30_000L - millisIntoStep + 200));
    }

    private String wrongCode(String email) {
        return AuthenticatorApp.wrongCode(authenticator().key(email), 0);
    }
}

package io.gatehouse.web.security;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.Scenario.Person;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in failures tell an attacker nothing; the admin form admits only admins; sessions are renewed at sign-in. */
class LoginTest extends IntegrationTest {

    @Test
    void loginWhenWrongPasswordOrUnknownEmailThenSameGenericFailure() {
        Person person = scenario().active(Role.SPONSOR);

        Browser wrongPassword = browser();
        Browser.Response first = wrongPassword.submit("/login", "/login",
                Map.of("username", person.email(), "password", "not-the-password-at-all"));
        Browser unknownEmail = browser();
        Browser.Response second = unknownEmail.submit("/login", "/login",
                Map.of("username", Scenario.uniqueEmail("nobody"), "password", "not-the-password-at-all"));

        assertThat(first.status()).isEqualTo(302);
        assertThat(second.status()).isEqualTo(302);
        assertThat(first.header("Location")).endsWith("/login?error").isEqualTo(second.header("Location"));

        String afterWrongPassword = wrongPassword.get("/login?error").assertStatus(200).text();
        String afterUnknownEmail = unknownEmail.get("/login?error").assertStatus(200).text();
        assertThat(afterWrongPassword).isEqualTo(afterUnknownEmail)
                .contains("That e-mail address and password do not match");

        Expect.redirectTo(wrongPassword.get("/account/status"), "/login");
        Expect.redirectTo(unknownEmail.get("/account/status"), "/login");
    }

    @Test
    void loginWhenEmailInOtherCaseThenSignedIn() {
        Person person = scenario().active(Role.EDITOR);
        Browser browser = scenario().signIn(person.email().toUpperCase(), PASSWORD);
        browser.get("/editor/dashboard").assertStatus(200);
    }

    @Test
    void adminLoginWhenNonAdminWithCorrectPasswordThenRefusedLikeWrongPassword() {
        Person sponsor = scenario().active(Role.SPONSOR);

        Browser nonAdmin = browser();
        Browser.Response refused = nonAdmin.submit("/admin/login", "/admin/login",
                Map.of("username", sponsor.email(), "password", PASSWORD));
        Browser wrongPassword = browser();
        Browser.Response wrong = wrongPassword.submit("/admin/login", "/admin/login",
                Map.of("username", ADMIN_EMAIL, "password", "not-the-admin-password"));

        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.header("Location")).endsWith("/admin/login?error");
        assertThat(wrong.status()).isEqualTo(302);
        assertThat(wrong.header("Location")).endsWith("/admin/login?error");
        assertThat(nonAdmin.get("/admin/login?error").assertStatus(200).text())
                .isEqualTo(wrongPassword.get("/admin/login?error").assertStatus(200).text());

        Expect.redirectTo(nonAdmin.get("/admin"), "/admin/login");
        Expect.redirectTo(nonAdmin.get("/admin/accounts"), "/admin/login");
        // the refused admin sign-in did not sign them in anywhere else either
        Expect.redirectTo(nonAdmin.get("/sponsor/dashboard"), "/login");
    }

    @Test
    void adminLoginWhenPendingOrAuditorThenRefused() {
        Person pending = scenario().signUp(Role.EDITOR);
        Person auditor = scenario().activeWith(Role.EDITOR, Role.AUDITOR);
        for (String email : new String[] {pending.email(), auditor.email()}) {
            Browser browser = browser();
            Browser.Response refused = browser.submit("/admin/login", "/admin/login",
                    Map.of("username", email, "password", PASSWORD));
            assertThat(refused.status()).isEqualTo(302);
            assertThat(refused.header("Location")).endsWith("/admin/login?error");
            Expect.redirectTo(browser.get("/admin"), "/admin/login");
        }
    }

    @Test
    void adminLoginWhenSuspendedAdminThenRefused() {
        Person colleague = scenario().activeWith(Role.EDITOR, Role.ADMIN);
        scenario().signInAsAdmin(colleague.email(), PASSWORD).browser().get("/admin").assertStatus(200);
        scenario().adminAct(colleague.id(), "suspend", Map.of("reason", "On leave")).assertStatus(303);

        Browser browser = browser();
        Browser.Response refused = browser.submit("/admin/login", "/admin/login",
                Map.of("username", colleague.email(), "password", PASSWORD));
        assertThat(refused.header("Location")).endsWith("/admin/login?error");
        Expect.redirectTo(browser.get("/admin"), "/admin/login");
    }

    @Test
    void adminLoginWhenAdminThenSecondStepThenAdminArea() {
        scenario().rootBrowser(); // the root admin's authenticator is set up
        Browser browser = browser();
        Browser.Response signedIn = browser.submit("/admin/login", "/admin/login",
                Map.of("username", ADMIN_EMAIL, "password", ADMIN_PASSWORD));
        Expect.redirectTo(signedIn, "/login/mfa");
        Expect.redirectTo(browser.get("/admin"), "/login/mfa"); // no admin page between the two steps

        browser.get("/login/mfa").assertStatus(200);
        Expect.redirectTo(browser.post("/login/mfa", Map.of("code", authenticator().freshCode(ADMIN_EMAIL))), "/admin");
        browser.get("/admin").assertStatus(200);
    }

    @Test
    void sessionWhenSignedInThenCookieValueChanges() {
        Person person = scenario().active(Role.SPONSOR);
        Browser browser = browser();
        browser.get("/login").assertStatus(200);
        String anonymous = browser.sessionCookie();
        assertThat(anonymous).as("the login form opened a session for its CSRF token").isNotNull();

        Browser.Response signedIn = browser.post("/login", Map.of("username", person.email(), "password", PASSWORD));
        Expect.redirectTo(signedIn, "/account/status");

        assertThat(browser.sessionCookie()).isNotNull().isNotEqualTo(anonymous);
        browser.get("/sponsor/dashboard").assertStatus(200);
    }

    @Test
    void sessionWhenPlantedIdThenNotSignedInAfterVictimSignsIn() {
        Person victim = scenario().active(Role.SPONSOR);
        Browser attacker = browser();
        attacker.get("/login").assertStatus(200);
        String planted = attacker.sessionCookie();

        // the victim signs in with the attacker's session id
        Browser victimBrowser = attacker.withSessionOn("http://localhost:" + port);
        victimBrowser.get("/login").assertStatus(200);
        Browser.Response signedIn = victimBrowser.post("/login",
                Map.of("username", victim.email(), "password", PASSWORD));
        Expect.redirectTo(signedIn, "/account/status");
        // read the raw header: the copied cookie and the server's new one may sit side by side in the jar
        assertThat(Expect.sessionSetCookies(signedIn)).as("a new session id is issued at sign-in")
                .isNotEmpty().noneMatch(cookie -> cookie.startsWith(Expect.SESSION_COOKIE + "=" + planted + ";"));

        Expect.redirectTo(attacker.get("/sponsor/dashboard"), "/login");
        Expect.redirectTo(attacker.get("/account/status"), "/login");
    }

    /** A new id after the password, and another after the code: each step up in authority gets its own. */
    @Test
    void sessionWhenAdminSignedInThenCookieValueChangesAtEachStep() {
        scenario().rootBrowser();
        Browser browser = browser();
        browser.get("/admin/login").assertStatus(200);
        String anonymous = browser.sessionCookie();
        assertThat(anonymous).isNotNull();

        Expect.redirectTo(browser.post("/admin/login", Map.of("username", ADMIN_EMAIL, "password", ADMIN_PASSWORD)),
                "/login/mfa");
        String afterPassword = browser.sessionCookie();
        browser.get("/login/mfa").assertStatus(200);
        browser.post("/login/mfa", Map.of("code", authenticator().freshCode(ADMIN_EMAIL))).assertStatus(303);

        assertThat(afterPassword).isNotNull().isNotEqualTo(anonymous);
        assertThat(browser.sessionCookie()).isNotNull().isNotEqualTo(afterPassword);
        browser.get("/admin").assertStatus(200);
    }

    /** Signing up opens no session: the person signs in once their address is confirmed. */
    @Test
    void signupThenNotSignedIn() {
        Browser browser = browser();
        browser.get("/signup/sponsor").assertStatus(200);

        browser.post("/signup/sponsor", Map.of("displayName", "Fixation Check", "email", Scenario.uniqueEmail("fix"),
                "password", PASSWORD, "confirmPassword", PASSWORD)).assertStatus(303);

        Expect.redirectTo(browser.get("/account/status"), "/login");
    }

    @Test
    void logoutWhenPostedWithTokenThenSessionEnded() {
        Person sponsor = scenario().active(Role.SPONSOR);
        sponsor.browser().get("/sponsor/dashboard").assertStatus(200);
        Browser.Response out = sponsor.browser().post("/logout", Map.of());
        assertThat(out.status()).isEqualTo(302);
        assertThat(out.header("Location")).endsWith("/login?logout");

        Expect.redirectTo(sponsor.browser().get("/sponsor/dashboard"), "/login");
        Expect.redirectTo(sponsor.browser().get("/account/status"), "/login");
    }
}

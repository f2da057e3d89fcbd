package io.gatehouse.web.security;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario.Person;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Every response carries the protective headers; signed-in pages are not cached; the session cookie is locked down. */
class SecurityHeadersTest extends IntegrationTest {

    @Test
    void publicPagesWhenAnonymousThenSecurityHeaders() {
        Browser anonymous = browser();
        for (String path : List.of("/", "/login", "/admin/login", "/signup/sponsor", "/signup/editor")) {
            Expect.securityHeaders(anonymous.get(path).assertStatus(200));
        }
    }

    @Test
    void signedInPagesWhenLoadedThenSecurityHeadersAndNoStore() {
        Person pending = scenario().signUp(Role.SPONSOR);
        Expect.noStore(Expect.securityHeaders(pending.browser().get("/account/status").assertStatus(200)));

        Person sponsor = scenario().active(Role.SPONSOR);
        Expect.noStore(Expect.securityHeaders(sponsor.browser().get("/sponsor/dashboard").assertStatus(200)));
        Expect.noStore(Expect.securityHeaders(sponsor.browser().get("/sponsor/documents").assertStatus(200)));

        Person editor = scenario().active(Role.EDITOR);
        Expect.noStore(Expect.securityHeaders(editor.browser().get("/editor/dashboard").assertStatus(200)));

        Person admin = scenario().rootAdmin();
        Expect.noStore(Expect.securityHeaders(admin.browser().get("/admin").assertStatus(200)));
        Expect.noStore(Expect.securityHeaders(admin.browser().get("/admin/accounts").assertStatus(200)));
        Expect.noStore(Expect.securityHeaders(admin.browser().get("/admin/accounts/" + sponsor.id()).assertStatus(200)));
        Expect.noStore(Expect.securityHeaders(admin.browser().get("/audit").assertStatus(200)));
        Expect.noStore(Expect.securityHeaders(admin.browser().get("/audit/accounts/" + sponsor.id()).assertStatus(200)));
    }

    @Test
    void errorPagesWhenNotFoundThenSecurityHeaders() {
        Expect.securityHeaders(Expect.htmlErrorPage(browser().get("/nope"), 404));

        Person admin = scenario().rootAdmin();
        Expect.noStore(Expect.securityHeaders(Expect.htmlErrorPage(admin.browser().get("/nope"), 404)));
        Expect.noStore(Expect.securityHeaders(
                Expect.htmlErrorPage(admin.browser().get("/admin/accounts/" + UUID.randomUUID()), 404)));
    }

    @Test
    void forbiddenAndRedirectResponsesWhenSentThenSecurityHeaders() {
        Expect.securityHeaders(Expect.redirectTo(browser().get("/sponsor/dashboard"), "/login"));
        Expect.securityHeaders(Expect.redirectTo(browser().get("/admin"), "/admin/login"));

        Person sponsor = scenario().active(Role.SPONSOR);
        Expect.noStore(Expect.securityHeaders(Expect.forbiddenPage(sponsor.browser().get("/admin"))));
    }

    @Test
    void errorPagesWhenClientErrorsThenSecurityHeadersAndNoStore() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Browser admin = scenario().rootAdmin().browser();

        Expect.noStore(Expect.securityHeaders(Expect.htmlErrorPage(admin.get("/admin/accounts?status=NOPE"), 400)));
        Expect.noStore(Expect.securityHeaders(Expect.htmlErrorPage(
                admin.get("/admin/accounts/" + sponsor.id() + "/approve"), 405)));
        admin.get("/admin/accounts/" + sponsor.id()).assertStatus(200);
        Browser.Response refused = admin.post("/admin/accounts/" + sponsor.id() + "/approve", Map.of("reason", "again"));
        refused.assertStatus(409);
        assertThat(refused.header("Content-Type")).startsWith("text/html");
        Expect.noStore(Expect.securityHeaders(refused));
        Expect.securityHeaders(Expect.forbiddenPage(admin.postRaw("/admin/accounts/" + sponsor.id() + "/approve",
                Map.of("reason", "no token"))));
    }

    @Test
    void signInAndSignOutResponsesWhenSentThenSecurityHeaders() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Browser browser = browser();
        Browser.Response failed = browser.submit("/login", "/login",
                Map.of("username", sponsor.email(), "password", "wrong-password-here"));
        Expect.securityHeaders(Expect.redirectTo(failed, "/login"));
        Browser.Response signedIn = browser.submit("/login", "/login",
                Map.of("username", sponsor.email(), "password", PASSWORD));
        Expect.securityHeaders(Expect.redirectTo(signedIn, "/account/status"));
        browser.get("/sponsor/dashboard").assertStatus(200);
        Expect.securityHeaders(Expect.redirectTo(browser.post("/logout", Map.of()), "/login"));

        scenario().rootBrowser();
        Browser admin = browser();
        Expect.securityHeaders(Expect.redirectTo(admin.submit("/admin/login", "/admin/login",
                Map.of("username", ADMIN_EMAIL, "password", ADMIN_PASSWORD)), "/login/mfa"));
        Expect.noStore(Expect.securityHeaders(admin.get("/login/mfa").assertStatus(200)));
        Expect.securityHeaders(Expect.redirectTo(admin.post("/login/mfa",
                Map.of("code", authenticator().freshCode(ADMIN_EMAIL))), "/admin"));
    }

    /** The policy forbids inline script and style, so the pages must not rely on either. */
    @Test
    void pagesWhenRenderedThenNoInlineScriptOrStyle() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Browser admin = scenario().rootAdmin().browser();
        List<Browser.Response> pages = List.of(browser().get("/"), browser().get("/login"),
                browser().get("/signup/sponsor"), browser().get("/nope"), admin.get("/admin"), admin.get("/admin/accounts"),
                admin.get("/admin/accounts/" + sponsor.id()), admin.get("/audit"),
                admin.get("/audit/accounts/" + sponsor.id()), sponsor.browser().get("/sponsor/dashboard"),
                sponsor.browser().get("/sponsor/documents/new"), sponsor.browser().get("/account/status"),
                sponsor.browser().get("/account/sessions"), sponsor.browser().get("/account/password"),
                sponsor.browser().get("/account/mfa"), browser().get("/password/forgot"),
                browser().get("/signup/check-inbox"), browser().get("/signup/confirm?token=nope"));
        for (Browser.Response page : pages) {
            var html = page.html();
            assertThat(html.select("script:not([src])")).as("inline scripts on %s", page.raw().uri()).isEmpty();
            assertThat(html.select("style, [style]")).as("inline styles on %s", page.raw().uri()).isEmpty();
            assertThat(html.select("[onclick], [onload], [onsubmit], [onerror], [onchange]"))
                    .as("event handler attributes on %s", page.raw().uri()).isEmpty();
            assertThat(html.select("a[href^=javascript:]")).as("javascript: links on %s", page.raw().uri()).isEmpty();
        }
    }

    @Test
    void staticStylesheetWhenLoadedThenSecurityHeaders() {
        Browser.Response css = browser().get("/css/gatehouse.css").assertStatus(200);
        assertThat(css.header("Content-Type")).startsWith("text/css");
        Expect.securityHeaders(css);
    }

    @Test
    void healthWhenLoadedThenSecurityHeaders() {
        Expect.securityHeaders(browser().get("/actuator/health").assertStatus(200));
    }

    @Test
    void sessionCookieWhenIssuedThenHttpOnlyAndSameSiteLax() {
        Person person = scenario().active(Role.SPONSOR);

        Browser browser = browser();
        Browser.Response form = browser.get("/login").assertStatus(200);
        Browser.Response signedIn = browser.post("/login", Map.of("username", person.email(), "password", PASSWORD));
        Expect.redirectTo(signedIn, "/account/status");

        Browser signingUp = browser();
        String path = "/signup/editor";
        Browser.Response signupForm = signingUp.get(path).assertStatus(200);
        Browser.Response signedUp = signingUp.post(path, Map.of("displayName", "Cookie Checker",
                "email", io.gatehouse.it.Scenario.uniqueEmail("cookie"), "password", PASSWORD,
                "confirmPassword", PASSWORD));
        signedUp.assertStatus(303);

        List<String> cookies = new java.util.ArrayList<>();
        for (Browser.Response response : List.of(form, signedIn, signupForm, signedUp)) {
            cookies.addAll(Expect.sessionSetCookies(response));
        }
        assertThat(cookies).as("session cookies set while signing in and signing up").isNotEmpty();
        assertThat(Expect.sessionSetCookies(signedIn)).as("a new session cookie after sign-in").isNotEmpty();
        assertThat(cookies).allSatisfy(cookie -> {
            assertThat(cookie).containsIgnoringCase("; HttpOnly");
            assertThat(cookie).containsPattern("(?i);\\s*SameSite=(Lax|Strict)");
            assertThat(cookie).containsIgnoringCase("Path=/");
        });
    }
}

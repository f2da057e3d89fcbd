package io.gatehouse.web.security;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.TestMail;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a probe from outside found, each tried again the way the probe did it. */
class ProbeFindingsTest extends IntegrationTest {

    @Test
    void redirectsWhenHostHeaderForgedThenPathsOnThisSite() {
        Browser forged = browser().withHeader("Host", "evil.example");

        assertThat(forged.get("/admin").header("Location")).isEqualTo("/admin/login");
        assertThat(forged.get("/sponsor/dashboard").header("Location")).isEqualTo("/login");
        assertThat(forged.get("/admin/accounts?status=PENDING").header("Location")).isEqualTo("/admin/login");
    }

    /** The page asked for before signing in is returned to as a path, not as the forged host's URL. */
    @Test
    void signInWhenPageWasSavedUnderForgedHostThenBackToItOnThisSite() {
        scenario().rootBrowser(); // the root admin's authenticator is set up
        Browser forged = browser().withHeader("Host", "evil.example");
        forged.get("/admin/accounts?status=PENDING").assertStatus(302);

        Browser.Response password = forged.submit("/admin/login", "/admin/login",
                Map.of("username", ADMIN_EMAIL, "password", ADMIN_PASSWORD));
        assertThat(password.header("Location")).isEqualTo("/login/mfa");
        forged.get("/login/mfa").assertStatus(200);
        Browser.Response code = forged.post("/login/mfa", Map.of("code", authenticator().freshCode(ADMIN_EMAIL)));

        assertThat(code.header("Location")).isEqualTo("/admin/accounts?status=PENDING");
    }

    /**
     * A page asked for with a malformed query ({@code %zz}) is refused as a bad request, and is not kept
     * as the page to return to: the sign-in that follows completes, is recorded, and goes to the area's
     * start page. (Were such a URL saved, {@link LocalPath} drops it instead of failing the sign-in.)
     */
    @Test
    void pageAskedForWithAMalformedQueryThenRefusedAndTheSignInAfterItCompletes() {
        Scenario.Person person = scenario().active(Role.SPONSOR);
        Browser browser = browser();
        browser.get("/login").assertStatus(200);
        RawHttp.Answer asked = RawHttp.send(port, "GET /sponsor/dashboard?a=%zz HTTP/1.1\r\nHost: localhost\r\n"
                + "Cookie: GATEHOUSE_SESSION=" + browser.sessionCookie() + "\r\nX-Forwarded-For: "
                + browser.clientAddress() + "\r\nConnection: close\r\n\r\n");
        assertThat(asked.status()).isEqualTo(400);

        Browser.Response answer = browser.submit("/login", "/login", Map.of("username", person.email(), "password", PASSWORD));

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.location()).isEqualTo("/account/status");
        assertThat(browser.cookie("GATEHOUSE_DEVICE")).as("the sign-in completed and remembered the browser").isNotBlank();
        browser.get("/sponsor/dashboard").assertStatus(200);
    }

    @Test
    void requestsRefusedByTomcatOrTheFirewallThenStillCarryTheSecurityHeaders() {
        String bigHeader = "X-Big: " + "a".repeat(20_000) + "\r\n";
        SoftAssertions soft = new SoftAssertions();
        for (String head : List.of(
                "GET /% HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                "GET /login;jsessionid=x HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                "GET /sponsor/..;/admin HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                "GET //admin HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                "FOO / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                "TRACE / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: localhost\r\n" + bigHeader + "Connection: close\r\n\r\n")) {
            RawHttp.Answer answer = RawHttp.send(port, head);
            String request = head.substring(0, Math.min(head.indexOf("\r\n"), 40));
            soft.assertThat(answer.status()).as("status of %s", request).isBetween(400, 499);
            soft.assertThat(answer.header("Content-Security-Policy")).as("CSP of %s", request)
                    .contains("frame-ancestors 'none'").contains("script-src 'self'");
            soft.assertThat(answer.header("X-Content-Type-Options")).as("nosniff of %s", request).isEqualTo("nosniff");
            soft.assertThat(answer.header("X-Frame-Options")).as("frame options of %s", request).isEqualTo("DENY");
            soft.assertThat(answer.header("Referrer-Policy")).as("referrer policy of %s", request).isNotBlank();
        }
        soft.assertAll();
    }

    @Test
    void signupWhenAddressHasAnInvisibleCharacterThenRefusedWithWhy() {
        Browser.Response response = browser().submit("/signup/sponsor", "/signup/sponsor", Map.of(
                "displayName", "Zero Width", "email", "root-admin\u200b@gatehouse.test",
                "password", PASSWORD, "confirmPassword", PASSWORD));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.html().selectFirst("#email ~ .field-error").text()).contains("invisible");
    }

    @Test
    void signupWhenNameHasARightToLeftOverrideThenRefused() {
        Browser.Response response = browser().submit("/signup/editor", "/signup/editor", Map.of(
                "displayName", "Mallory \u202Egnp.exe", "email", Scenario.uniqueEmail("rlo"),
                "password", PASSWORD, "confirmPassword", PASSWORD));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.html().selectFirst("#displayName ~ .field-error").text()).contains("direction-changing");
    }

    /** A Cyrillic "а" in place of a Latin "a": answered like any sign-up, nothing recorded, the owner told. */
    @Test
    void signupWhenMixedScriptLookAlikeOfAnExistingAddressThenNothingRecordedAndOwnerTold() {
        String owner = Scenario.uniqueEmail("pat");
        scenario().register(Role.SPONSOR, owner, "Pat Original");
        String lookAlike = owner.replaceFirst("a", "\u0430");
        assertThat(lookAlike).isNotEqualTo(owner);

        Browser.Response response = scenario().submitSignUp(browser(), Role.EDITOR, lookAlike, "Pat Copy");

        assertThat(response.status()).isEqualTo(303);
        assertThat(response.location()).isEqualTo("/signup/check-inbox");
        assertThat(TestMail.text(TestMail.awaitTo(owner, "an address like yours"))).contains(lookAlike);
        assertThat(TestMail.to(lookAlike)).isEmpty();
        assertThat(scenario().rootBrowser().get("/admin/accounts?q=" + java.net.URLEncoder.encode("Pat Copy",
                java.nio.charset.StandardCharsets.UTF_8)).text()).contains("No account matches");
    }

    /** Full-width letters fold to the same address (NFKC): it is simply taken. */
    @Test
    void signupWhenFullWidthFormOfAnExistingAddressThenTakenAndOwnerTold() {
        String owner = Scenario.uniqueEmail("wide");
        scenario().register(Role.SPONSOR, owner, "Wide Original");
        String fullWidth = "\uFF37\uFF29\uFF24\uFF25" + owner.substring(4); // "ＷＩＤＥ" for "wide"

        scenario().submitSignUp(browser(), Role.EDITOR, fullWidth, "Wide Copy").assertStatus(303);

        assertThat(TestMail.awaitTo(owner, "with your address")).isNotNull();
    }
}

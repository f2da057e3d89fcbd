package io.gatehouse.web.security;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.Scenario.Person;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a client sends, the answer is never a 5xx and never shows the server's insides (contract,
 * "Responses": "Never a 5xx for anything a client sends").
 */
class HostileInputTest extends IntegrationTest {

    @Test
    void queryParametersWhenMalformedThenClientError() {
        Person admin = scenario().rootAdmin();
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        SoftAssertions soft = new SoftAssertions();
        for (String path : List.of("/admin/accounts?page=abc", "/admin/accounts?page=-5", "/admin/accounts?status=NOPE",
                "/audit?page=-1", "/audit?from=yesterday", "/audit?to=2026-13-45", "/audit?type=DropTables",
                "/audit?account=not-an-id", "/audit/accounts/" + sponsor.id() + "?at=noon",
                "/audit/accounts/" + sponsor.id() + "?at=%2B100000-01-01T00:00:00Z")) {
            noServerError(soft, admin.browser().get(path));
        }
        for (String path : List.of("/sponsor/documents?page=x", "/sponsor/documents?page=-1",
                "/sponsor/documents/not-a-uuid")) {
            noServerError(soft, sponsor.browser().get(path));
        }
        noServerError(soft, editor.browser().get("/editor/documents?page=-3"));
        noServerError(soft, editor.browser().get("/editor/documents/not-a-uuid"));
        soft.assertAll();
    }

    /** Regression test for a fixed bug: a page number whose row offset exceeds Integer.MAX_VALUE answers 500. */
    @Test
    void pageNumberWhenHugeThenClientError() {
        Person admin = scenario().rootAdmin();
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        SoftAssertions soft = new SoftAssertions();
        noServerError(soft, admin.browser().get("/admin/accounts?page=2147483647"));
        noServerError(soft, admin.browser().get("/audit?page=2147483647"));
        noServerError(soft, sponsor.browser().get("/sponsor/documents?page=2147483647"));
        noServerError(soft, editor.browser().get("/editor/documents?page=2147483647"));
        soft.assertAll();
    }

    /** Regression test for a fixed bug: an ISO-8601 instant that Java accepts but PostgreSQL's timestamp range does not answers 500. */
    @Test
    void auditInstantsWhenBeyondDatabaseRangeThenClientError() {
        Browser admin = scenario().rootAdmin().browser();
        SoftAssertions soft = new SoftAssertions();
        for (String path : List.of("/audit?from=-100000-01-01T00:00:00Z", "/audit?to=-100000-01-01T00:00:00Z",
                "/audit?from=%2B300000-01-01T00:00:00Z", "/audit?to=%2B300000-01-01T00:00:00Z")) {
            noServerError(soft, admin.get(path));
        }
        soft.assertAll();
    }

    /** Regression test for a fixed bug: a NUL character in a search field reaches PostgreSQL, which rejects it, and the page answers 500. */
    @Test
    void searchTextWhenNulCharacterThenClientError() {
        Browser admin = scenario().rootAdmin().browser();
        SoftAssertions soft = new SoftAssertions();
        for (String path : List.of("/admin/accounts?q=a%00b", "/audit?actor=a%00b", "/audit?account=a%00b@x.org")) {
            noServerError(soft, admin.get(path));
        }
        soft.assertAll();
    }

    /** Regression test for a fixed bug: {@code /error} requested directly (no error being forwarded) answers 500. */
    @Test
    void errorPathWhenRequestedDirectlyThenNoServerError() {
        SoftAssertions soft = new SoftAssertions();
        noServerError(soft, browser().get("/error"));
        noServerError(soft, scenario().rootAdmin().browser().get("/error"));
        soft.assertAll();
    }

    @Test
    void signupWhenNulCharacterThenNoServerError() {
        String email = Scenario.uniqueEmail("nul");
        Browser.Response response = browser().submit("/signup/sponsor", "/signup/sponsor", Map.of(
                "displayName", "Nul\u0000Name", "email", email, "organization", "Org\u0000",
                "password", PASSWORD, "confirmPassword", PASSWORD));
        SoftAssertions soft = new SoftAssertions();
        noServerError(soft, response);
        soft.assertAll();
    }

    /** Refused by the firewall before the sign-in filter reads it: no database query, no attempt counted. */
    @Test
    void loginWhenNulCharacterThenRefusedBeforeSignInWithHeaders() {
        Browser browser = browser();
        Browser.Response response = browser.submit("/login", "/login",
                Map.of("username", "a\u0000b@example.org", "password", PASSWORD));
        Expect.securityHeaders(Expect.htmlErrorPage(response, 400));
        Expect.redirectTo(browser.get("/account/status"), "/login");
    }

    private static void noServerError(SoftAssertions soft, Browser.Response response) {
        String where = response.raw().request().method() + " " + response.raw().uri();
        soft.assertThat(response.status()).as("status of %s", where).isLessThan(500);
        soft.assertThat(response.body()).as("body of %s", where)
                .doesNotContain("Exception").doesNotContain("at io.gatehouse");
    }

    @Test
    void auditDateWhenAtTheEndOfJavasCalendarThenBadRequest() {
        Browser admin = scenario().rootAdmin().browser();
        assertThat(admin.get("/audit?to=%2B999999999-12-31").status()).isEqualTo(400);
        assertThat(admin.get("/audit?from=-999999999-01-01").status()).isEqualTo(400);
    }

    @Test
    void nulCharacterRefusalThenStillCarriesSecurityHeaders() {
        Browser.Response response = scenario().rootAdmin().browser().get("/admin/accounts?q=a%00b");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }
}

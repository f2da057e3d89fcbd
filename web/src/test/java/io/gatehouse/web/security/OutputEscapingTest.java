package io.gatehouse.web.security;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.Scenario.Person;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a person types is shown as text, never run as markup, on every page that shows it. */
class OutputEscapingTest extends IntegrationTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String ESCAPED = "&lt;script&gt;";

    @Test
    void displayNameWhenScriptThenEscapedOnAdminPages() {
        String email = Scenario.uniqueEmail("xss");
        Person person = scenario().signUp(Role.SPONSOR, email, SCRIPT);
        Browser admin = scenario().rootAdmin().browser();

        assertEscaped(admin.get("/admin/accounts?q=" + URLEncoder.encode(email, StandardCharsets.UTF_8)));
        assertEscaped(admin.get("/admin/accounts/" + person.id()));
        assertNoMarkup(admin.get("/audit/accounts/" + person.id()));
        assertNoMarkup(admin.get("/audit"));
        assertEscaped(person.browser().get("/account/status"));
        assertThat(admin.get("/admin/accounts/" + person.id()).html().selectFirst("h1").text()).isEqualTo(SCRIPT);
    }

    @Test
    void displayNameWhenScriptThenEscapedOnAdminDashboard() {
        scenario().signUp(Role.EDITOR, Scenario.uniqueEmail("xss-dash"), SCRIPT);
        Browser admin = scenario().rootAdmin().browser();
        Browser.Response dashboard = admin.get("/admin").assertStatus(200);
        assertThat(dashboard.body()).doesNotContain(SCRIPT);
    }

    @Test
    void organizationAndSearchWhenMarkupThenEscaped() {
        String email = Scenario.uniqueEmail("xss-org");
        Browser browser = browser();
        browser.submit("/signup/editor", "/signup/editor", Map.of("displayName", "Org Tester", "email", email,
                "organization", "\"><img src=x onerror=alert(2)>" + SCRIPT, "password", PASSWORD,
                "confirmPassword", PASSWORD)).assertStatus(303);
        scenario().confirm(browser(), email);
        Browser admin = scenario().rootAdmin().browser();
        Browser.Response list = admin.get("/admin/accounts?q=" + URLEncoder.encode(email, StandardCharsets.UTF_8));
        assertEscaped(list);
        assertThat(list.body()).doesNotContain("<img src=x");
        assertThat(list.html().select("img")).isEmpty();

        Browser.Response search = admin.get("/admin/accounts?q="
                + URLEncoder.encode("\"><script>alert(3)</script>", StandardCharsets.UTF_8)).assertStatus(200);
        assertThat(search.body()).doesNotContain("<script>alert(3)</script>");
        assertThat(search.html().select("script:not([src=/js/local-time.js])")).isEmpty();
    }

    @Test
    void signupFormWhenInvalidWithMarkupThenEchoedEscaped() {
        Browser browser = browser();
        Browser.Response again = browser.submit("/signup/sponsor", "/signup/sponsor", Map.of("displayName", SCRIPT,
                "email", "\"><script>alert(4)</script>", "password", "short", "confirmPassword", "short"));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).doesNotContain(SCRIPT).doesNotContain("<script>alert(4)</script>");
        assertThat(again.html().select("script:not([src=/js/local-time.js])")).isEmpty();
    }

    private static void assertNoMarkup(Browser.Response response) {
        response.assertStatus(200);
        assertThat(response.body()).as("body of %s", response.raw().uri()).doesNotContain(SCRIPT);
        assertThat(response.html().select("script:not([src=/js/local-time.js])")).as("script elements on %s", response.raw().uri()).isEmpty();
    }

    private static void assertEscaped(Browser.Response response) {
        response.assertStatus(200);
        assertThat(response.body()).as("body of %s", response.raw().uri()).contains(ESCAPED).doesNotContain(SCRIPT);
        assertThat(response.html().select("script:not([src=/js/local-time.js])")).as("script elements on %s", response.raw().uri()).isEmpty();
    }
}

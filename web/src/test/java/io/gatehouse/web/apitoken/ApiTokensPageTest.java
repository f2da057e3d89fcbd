package io.gatehouse.web.apitoken;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Pages;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.Scenario.Person;
import io.gatehouse.it.TestClock;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /account/tokens}: a person makes a personal API token, sees it once, finds it listed without its secret
 * and revokes it; the secret is stored nowhere and its hash only beside the record. Refusals: {@link
 * ApiTokensRefusalsTest}.
 */
@ExtendWith(OutputCaptureExtension.class)
class ApiTokensPageTest extends IntegrationTest {

    static final String SHAPE = "gh_[a-z2-9]{8}_[A-Za-z0-9_-]{43}";

    private final Scenario scenario = scenario();

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void makeATokenThenShownOnceWithNoStoreAndListedWithoutTheSecret() {
        Person sponsor = scenario.active(Role.SPONSOR);
        Instant before = TestClock.INSTANCE.instant();

        Browser.Response made = make(sponsor.browser(), "Nightly sync", "30", "documents:read", "documents:write");

        assertThat(made.status()).isEqualTo(303);
        assertThat(made.header("Location")).isEqualTo("/account/tokens");
        Browser.Response once = sponsor.browser().get("/account/tokens").assertStatus(200);
        String token = once.html().selectFirst("code#new-token").text();
        assertThat(token).matches(SHAPE);
        assertThat(once.header("Cache-Control")).contains("no-store");
        assertThat(once.html().selectFirst(".new-token").text()).contains("Nightly sync").contains("will not be shown again");
        Element row = onlyRow(once);
        assertThat(cell(row, "Name")).isEqualTo("Nightly sync");
        assertThat(cell(row, "Scopes")).isEqualTo("documents:read documents:write");
        assertThat(cell(row, "Last used")).isEqualTo("never");
        assertThat(cell(row, "State")).isEqualTo("active");
        assertThat(Instant.parse(row.selectFirst("td[data-label=Expires] time").attr("datetime")))
                .isBetween(before.plus(Duration.ofDays(30)), TestClock.INSTANCE.instant().plus(Duration.ofDays(30)));
        assertThat(row.text()).doesNotContain(token);

        Browser.Response again = sponsor.browser().get("/account/tokens").assertStatus(200);

        assertThat(again.html().selectFirst("#new-token")).isNull();
        assertThat(again.body()).doesNotContain(token).doesNotContain(secretPart(token));
        assertThat(cell(onlyRow(again), "Name")).isEqualTo("Nightly sync");
    }

    @Test
    void makeATokenThenOnlyItsHashIsStoredAndNoEventSessionOrLogLineHoldsItOrTheHash(CapturedOutput output) {
        Person editor = scenario.active(Role.EDITOR);
        make(editor.browser(), "Reports", "7", "documents:read").assertStatus(303);
        String token = editor.browser().get("/account/tokens").assertStatus(200).html().selectFirst("#new-token").text();
        String hash = ApiTokenSecret.parse(token).orElseThrow().hash();

        Map<String, Object> stored = jdbc.queryForMap("select * from api_token where account_id = ?", editor.id());

        assertThat(stored.get("secret_hash")).isEqualTo(hash);
        assertThat(stored.get("public_prefix")).isEqualTo(token.substring(0, 11));
        assertThat(stored.values()).allSatisfy(value -> assertThat(String.valueOf(value))
                .doesNotContain(secretPart(token)));
        assertThat(count("select count(*) from domain_event_entry where aggregate_identifier = ?"
                + " and payload_type = 'ApiTokenIssued'", editor.id().toString())).isEqualTo(1);
        for (String trace : List.of(token, secretPart(token), hash)) {
            assertThat(count("select count(*) from domain_event_entry where position(? in convert_from(payload, 'UTF8'))"
                    + " > 0 or position(? in convert_from(meta_data, 'UTF8')) > 0", trace, trace))
                    .as("events holding %s", trace).isZero();
            assertThat(count("select count(*) from spring_session_attributes"
                    + " where position(convert_to(?, 'UTF8') in attribute_bytes) > 0", trace))
                    .as("sessions holding %s once the page showed it", trace).isZero();
            assertThat(output.getAll()).as("log lines").doesNotContain(trace);
        }
    }

    @Test
    void revokeThenListedAsRevokedAndASecondRevokeIsAConflict() {
        Person sponsor = scenario.active(Role.SPONSOR);
        make(sponsor.browser(), "Old script", "90", "documents:read").assertStatus(303);
        make(sponsor.browser(), "New script", "90", "documents:write").assertStatus(303);
        Browser.Response list = sponsor.browser().get("/account/tokens").assertStatus(200);
        List<Element> rows = rows(list);
        assertThat(rows).extracting(row -> cell(row, "Name")).as("newest first").containsExactly("New script", "Old script");
        String oldId = rows.get(1).attr("data-token-id");

        Browser.Response revoked = sponsor.browser().post("/account/tokens/" + oldId + "/revoke", Map.of());

        assertThat(revoked.status()).isEqualTo(303);
        assertThat(revoked.location()).isEqualTo("/account/tokens");
        Browser.Response after = sponsor.browser().get("/account/tokens").assertStatus(200);
        assertThat(Pages.notice(after)).isEqualTo("The token \u201cOld script\u201d was revoked: it no longer works.");
        Element old = rows(after).get(1);
        assertThat(cell(old, "State")).matches("revoked \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC");
        assertThat(old.select("form")).as("no button revokes it again").isEmpty();
        assertThat(cell(rows(after).get(0), "State")).isEqualTo("active");
        assertThat(jdbc.queryForObject("select revoked_at is not null from api_token where token_id = ?::uuid",
                Boolean.class, oldId)).isTrue();

        Browser.Response twice = sponsor.browser().post("/account/tokens/" + oldId + "/revoke", Map.of());

        assertThat(twice.status()).isEqualTo(409);
        assertThat(Pages.problem(twice)).isEqualTo("This token is already revoked.");
        assertThat(count("select count(*) from domain_event_entry where aggregate_identifier = ?"
                + " and payload_type = 'ApiTokenRevoked'", sponsor.id().toString())).isEqualTo(1);
    }

    @Test
    void noTokensThenTheEmptyStateExplainsThemWithACurlExample() {
        Person editor = scenario.active(Role.EDITOR);

        Browser.Response page = editor.browser().get("/account/tokens").assertStatus(200);

        assertThat(page.html().selectFirst("title").text()).isEqualTo("API tokens · Gatehouse");
        assertThat(page.html().select("table.tokens")).isEmpty();
        String example = page.html().selectFirst(".tokens-empty pre code").text();
        assertThat(example).startsWith("curl -H \"Authorization: Bearer gh_").endsWith("/api/v1/me");
        assertThat(page.html().select("input[name=scopes]")).extracting(box -> box.attr("value"))
                .as("only the scopes an editor's role allows").containsExactly("documents:read", "documents:write");
        assertThat(page.html().select("#expiresInDays option")).extracting(Element::val)
                .containsExactly("7", "30", "90", "180", "365");
        assertThat(page.html().selectFirst("#expiresInDays option[selected]").val()).isEqualTo("90");
    }

    @Test
    void statusPageLinksToTheTokens() {
        Person sponsor = scenario.active(Role.SPONSOR);

        assertThat(sponsor.browser().get("/account/status").html().select("a[href=/account/tokens]")).isNotEmpty();
    }

    /** Loads the page for its CSRF token and posts the form; each scope is a ticked box. */
    static Browser.Response make(Browser browser, String name, String days, String... scopes) {
        browser.get("/account/tokens").assertStatus(200);
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        fields.add(Map.entry("name", name));
        for (String scope : scopes) {
            fields.add(Map.entry("scopes", scope));
        }
        fields.add(Map.entry("expiresInDays", days));
        return browser.post("/account/tokens", fields);
    }

    static List<Element> rows(Browser.Response page) {
        return page.html().select("table.tokens tbody tr");
    }

    static Element onlyRow(Browser.Response page) {
        List<Element> rows = rows(page);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    static String cell(Element row, String label) {
        return row.selectFirst("td[data-label=\"" + label + "\"]").text();
    }

    private static String secretPart(String token) {
        return token.substring("gh_12345678_".length());
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}

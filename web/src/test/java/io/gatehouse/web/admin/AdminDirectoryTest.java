package io.gatehouse.web.admin;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Pages;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.Scenario.Person;
import org.assertj.core.api.SoftAssertions;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin dashboard and the account directory: counts, oldest pending, filters and paging. */
class AdminDirectoryTest extends IntegrationTest {

    private final Scenario scenario = scenario();

    @Autowired
    private JdbcTemplate jdbc;

    private enum State { PENDING, ACTIVE, REJECTED, SUSPENDED }

    /** One row of /admin/accounts. */
    private record Listed(UUID id, String name, String email, String state, String roles) {
    }

    @Test
    void dashboardShowsCountsPerStateThatFollowTheActs() {
        Browser admin = scenario.rootAdmin().browser();
        Map<State, Long> before = counts(admin.get("/admin").assertStatus(200));

        scenario.signUp(Role.SPONSOR);
        scenario.active(Role.EDITOR);
        Person rejected = scenario.signUp(Role.EDITOR);
        scenario.adminAct(rejected.id(), "reject", Map.of("reason", "unknown")).assertStatus(303);
        Person suspended = scenario.active(Role.SPONSOR);
        scenario.adminAct(suspended.id(), "suspend", Map.of("reason", "paused")).assertStatus(303);

        Browser.Response dashboard = admin.get("/admin").assertStatus(200);
        Map<State, Long> after = counts(dashboard);
        for (State state : State.values()) {
            assertThat(after.get(state)).as(state.name()).isEqualTo(before.get(state) + 1);
            assertThat(dashboard.html().selectFirst("a.count.status-" + state).attr("href"))
                    .isEqualTo("/admin/accounts?status=" + state);
        }
    }

    @Test
    void dashboardShowsOldestPendingRequestsOldestFirst() {
        Browser admin = scenario.rootAdmin().browser();
        Person waiting = scenario.signUp(Role.EDITOR, Scenario.uniqueEmail("waiting"), "Waiting Walter");
        Person approved = scenario.signUp(Role.SPONSOR);
        scenario.adminAct(approved.id(), "approve", Map.of()).assertStatus(303);

        Browser.Response dashboard = admin.get("/admin").assertStatus(200);
        List<Element> rows = dashboard.html().select("table.list tbody tr").stream()
                .filter(tr -> tr.selectFirst("td.empty") == null).toList();
        List<String> emails = rows.stream().map(tr -> tr.select("td").get(1).text()).toList();
        List<String> signedUp = rows.stream().map(tr -> tr.select("td").get(3).text()).toList();

        // The directory lists PENDING accounts newest first; the dashboard shows the ten oldest, oldest first.
        List<String> pending = new ArrayList<>(listAll(admin, "status=PENDING").stream().map(Listed::email).toList());
        Collections.reverse(pending);
        assertThat(emails).isEqualTo(pending.subList(0, Math.min(10, pending.size())));
        assertThat(signedUp).isSorted();
        assertThat(emails).doesNotContain(approved.email());
        if (pending.size() <= 10) {
            assertThat(emails).contains(waiting.email());
        }
        assertThat(rows).allSatisfy(tr -> assertThat(tr.selectFirst("a[href^=/admin/accounts/]")).isNotNull());
    }

    @Test
    void accountsFilteredByStatusThenOnlyAccountsInThatState() {
        String tag = tag();
        Map<State, UUID> accounts = new EnumMap<>(State.class);
        accounts.put(State.PENDING, scenario.signUp(Role.SPONSOR, Scenario.uniqueEmail(tag), "P " + tag).id());
        Person active = scenario.signUp(Role.SPONSOR, Scenario.uniqueEmail(tag), "A " + tag);
        scenario.adminAct(active.id(), "approve", Map.of()).assertStatus(303);
        accounts.put(State.ACTIVE, active.id());
        Person rejected = scenario.signUp(Role.EDITOR, Scenario.uniqueEmail(tag), "R " + tag);
        scenario.adminAct(rejected.id(), "reject", Map.of("reason", "no")).assertStatus(303);
        accounts.put(State.REJECTED, rejected.id());
        Person suspended = scenario.signUp(Role.EDITOR, Scenario.uniqueEmail(tag), "S " + tag);
        scenario.adminAct(suspended.id(), "approve", Map.of()).assertStatus(303);
        scenario.adminAct(suspended.id(), "suspend", Map.of("reason", "no")).assertStatus(303);
        accounts.put(State.SUSPENDED, suspended.id());
        Browser admin = scenario.rootAdmin().browser();

        assertThat(listAll(admin, "q=" + tag)).hasSize(4);
        for (State state : State.values()) {
            List<Listed> listed = listAll(admin, "status=" + state + "&q=" + tag);
            assertThat(listed).extracting(Listed::id).as(state.name()).containsExactly(accounts.get(state));
            assertThat(listed.get(0).state()).isEqualTo(state.name());
            assertThat(listAll(admin, "status=" + state.name().toLowerCase() + "&q=" + tag))
                    .extracting(Listed::id).containsExactly(accounts.get(state));
        }
        List<Listed> everyActive = list(admin, "status=ACTIVE");
        assertThat(everyActive).isNotEmpty().allSatisfy(l -> assertThat(l.state()).isEqualTo("ACTIVE"));
    }

    @Test
    void accountsFilteredByTextThenMatchInEmailOrNameIgnoringCase() {
        String tag = tag();
        Person byName = scenario.signUp(Role.SPONSOR, Scenario.uniqueEmail("plain"), "Name" + tag + "Holder");
        Person byEmail = scenario.signUp(Role.EDITOR, tag + "-mail@example.org", "Plain Person");
        Browser admin = scenario.rootAdmin().browser();

        assertThat(listAll(admin, "q=" + tag.toUpperCase())).extracting(Listed::id)
                .containsExactlyInAnyOrder(byName.id(), byEmail.id());
        assertThat(listAll(admin, "q=" + enc(" nAmE" + tag + "hOLDER "))).extracting(Listed::id)
                .containsExactly(byName.id());
        assertThat(listAll(admin, "q=" + enc(tag.toUpperCase() + "-MAIL@Example.ORG"))).extracting(Listed::id)
                .containsExactly(byEmail.id());
        assertThat(listAll(admin, "status=PENDING&q=" + tag))
                .extracting(Listed::id).containsExactlyInAnyOrder(byName.id(), byEmail.id());
        assertThat(listAll(admin, "status=ACTIVE&q=" + tag)).isEmpty();

        Browser.Response none = admin.get("/admin/accounts?q=" + enc(tag + "%")).assertStatus(200);
        assertThat(rows(none)).isEmpty();
        assertThat(none.text()).contains("No account matches these filters.");
        assertThat(rows(admin.get("/admin/accounts?q=" + enc(tag.substring(0, 3) + "_" + tag.substring(4)))))
                .isEmpty();
    }

    /**
     * The list is counted only up to 200 matches: past that it says "more than 200" and names no last page, and the
     * last page, which knows how many it skipped, gives the exact total. The rows go straight into the read model:
     * signing up 205 people would take a minute; they are removed again at the end.
     */
    @Test
    void moreThanTwoHundredMatchesThenMoreThanIsShownAndTheLastPageKnowsTheTotal() {
        String tag = tag();
        Browser admin = scenario.rootAdmin().browser();
        try {
            for (int i = 0; i < 205; i++) {
                jdbc.update("insert into account_view (account_id, email, display_name, requested_role, status,"
                        + " registered_at, status_changed_at) values (?, ?, ?, 'SPONSOR', 'ACTIVE', now(), now())",
                        UUID.randomUUID(), "many-" + i + "-" + tag + "@example.org", "Many " + tag + " " + i);
            }

            Browser.Response first = admin.get("/admin/accounts?q=" + tag).assertStatus(200);
            Browser.Response last = admin.get("/admin/accounts?q=" + tag + "&page=10").assertStatus(200);

            assertThat(rows(first)).hasSize(20);
            assertThat(first.text()).contains("More than 200 accounts").contains("Page 1 · more than 200 in all");
            assertThat(rows(last)).hasSize(5);
            assertThat(last.text()).contains("205 accounts").contains("Page 11 of 11 · 205 in all")
                    .doesNotContain("more than");
        } finally {
            jdbc.update("delete from account_view where email like ?", "many-%-" + tag + "@example.org");
        }
    }

    @Test
    void accountsWithInvalidStatusOrPageThenBadRequest() {
        Browser admin = scenario.rootAdmin().browser();

        Browser.Response invalid = admin.get("/admin/accounts?status=DELETED");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.text()).contains("Filter by PENDING, ACTIVE, REJECTED or SUSPENDED.");
        assertThat(admin.get("/admin/accounts?status=%27%3B--").status()).isEqualTo(400);
        assertThat(admin.get("/admin/accounts?page=abc").status()).isEqualTo(400);
        admin.get("/admin/accounts?page=-1").assertStatus(200);
    }

    @Test
    void accountsPagedByTwentyNewestFirstWithNextAndPreviousLinks() {
        String tag = tag();
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            String email = tag + "-" + i + "@example.org";
            scenario.register(i % 2 == 0 ? Role.SPONSOR : Role.EDITOR, email, "Paged " + tag + " " + i);
            emails.add(email);
        }
        Browser admin = scenario.rootAdmin().browser();

        Browser.Response first = admin.get("/admin/accounts?q=" + tag).assertStatus(200);
        List<Listed> firstRows = rows(first);
        assertThat(firstRows).hasSize(20);
        assertThat(firstRows.get(0).email()).isEqualTo(emails.get(22));
        assertThat(first.html().selectFirst("a[rel=prev]")).isNull();
        Element next = first.html().selectFirst("a[rel=next]");
        assertThat(next).isNotNull();
        assertThat(next.attr("href")).isEqualTo("/admin/accounts?q=" + tag + "&page=1");
        assertThat(first.text()).contains("Page 1 of 2").contains("23 in all");

        Browser.Response second = admin.get(next.attr("href")).assertStatus(200);
        List<Listed> secondRows = rows(second);
        assertThat(secondRows).extracting(Listed::email).containsExactly(emails.get(2), emails.get(1), emails.get(0));
        assertThat(second.html().selectFirst("a[rel=next]")).isNull();
        assertThat(second.html().selectFirst("a[rel=prev]").attr("href")).isEqualTo("/admin/accounts?q=" + tag + "&page=0");
        assertThat(second.text()).contains("Page 2 of 2");

        List<String> all = new ArrayList<>(firstRows.stream().map(Listed::email).toList());
        all.addAll(secondRows.stream().map(Listed::email).toList());
        List<String> newestFirst = new ArrayList<>(emails);
        Collections.reverse(newestFirst);
        assertThat(all).isEqualTo(newestFirst);

        Browser.Response pendingOnly = admin.get("/admin/accounts?status=PENDING&q=" + tag).assertStatus(200);
        assertThat(pendingOnly.html().selectFirst("a[rel=next]").attr("href"))
                .isEqualTo("/admin/accounts?status=PENDING&q=" + tag + "&page=1");
    }

    /**
     * BUG (known, production code not changed): the search escapes {@code _ % \\} with a backslash, but the
     * query runs as {@code like ? escape ''} on PostgreSQL (no escape character), so the backslash is matched
     * literally and any search text containing {@code _}, {@code %} or {@code \\} finds nothing.
     */
    @Test
    void accountsFilteredByTextWithUnderscoreOrPercentThenMatchedLiterally() {
        String tag = tag();
        String underscoredEmail = "first_last-" + tag + "@example.org";
        scenario.register(Role.SPONSOR, underscoredEmail, "Ann_Bee " + tag);
        scenario.register(Role.EDITOR, Scenario.uniqueEmail(tag), "Sponsor 100% " + tag);
        Browser admin = scenario.rootAdmin().browser();
        // Scenario.accountIdOf searches by the whole e-mail, which this bug defeats; find them by the tag instead.
        List<Listed> both = listAll(admin, "q=" + tag);
        assertThat(both).hasSize(2);
        UUID underscored = both.stream().filter(l -> l.email().equals(underscoredEmail)).findFirst().orElseThrow().id();
        UUID percent = both.stream().filter(l -> !l.email().equals(underscoredEmail)).findFirst().orElseThrow().id();

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(listAll(admin, "q=" + enc("first_last-" + tag))).as("e-mail containing _")
                .extracting(Listed::id).containsExactly(underscored);
        soft.assertThat(listAll(admin, "q=" + enc("ann_bee " + tag))).as("name containing _")
                .extracting(Listed::id).containsExactly(underscored);
        soft.assertThat(listAll(admin, "q=" + enc("100% " + tag))).as("name containing %")
                .extracting(Listed::id).containsExactly(percent);
        soft.assertAll();
    }

    /** Regression test for a fixed bug: a NUL character or a page number past the end gives 500; the contract says never a 5xx. */
    @Test
    void accountsWithNulCharacterOrHugePageThenNeverServerError() {
        Browser admin = scenario.rootAdmin().browser();
        SoftAssertions soft = new SoftAssertions();
        for (String query : List.of("q=%00", "q=a%00b", "page=2147483647", "status=ACTIVE&page=2000000000")) {
            Browser.Response response = admin.get("/admin/accounts?" + query);
            soft.assertThat(response.status()).as("GET /admin/accounts?%s", query).isBetween(200, 499);
        }
        soft.assertAll();
    }

    @Test
    void adminAreaWhenNotSignedInOrNotAdminThenRefused() {
        Browser anonymous = browser();
        Browser.Response toLogin = anonymous.get("/admin/accounts");
        assertThat(toLogin.status()).isEqualTo(302);
        assertThat(toLogin.location()).isEqualTo("/admin/login");

        Person auditor = scenario.activeWith(Role.EDITOR, Role.AUDITOR);
        Browser signedIn = scenario.signIn(auditor.email(), PASSWORD);
        assertThat(signedIn.get("/admin").status()).isEqualTo(403);
        assertThat(signedIn.get("/admin/accounts/" + auditor.id()).status()).isEqualTo(403);
        signedIn.get("/audit").assertStatus(200);
        assertThat(signedIn.post("/admin/accounts/" + auditor.id() + "/roles/grant", Map.of("role", "ADMIN"))
                .status()).isEqualTo(403);
        Browser.Response page = scenario.rootAdmin().browser().get("/admin/accounts/" + auditor.id());
        assertThat(Pages.roles(page)).isEqualTo("EDITOR, AUDITOR");

        Browser refused = browser();
        refused.submit("/admin/login", "/admin/login", Map.of("username", auditor.email(), "password", PASSWORD));
        assertThat(refused.get("/admin").status()).isEqualTo(302);
    }

    private static String tag() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Map<State, Long> counts(Browser.Response dashboard) {
        Map<State, Long> counts = new EnumMap<>(State.class);
        for (State state : State.values()) {
            Element count = dashboard.html().selectFirst("a.count.status-" + state);
            assertThat(count).as(state.name()).isNotNull();
            assertThat(count.selectFirst("span").text()).isEqualTo(state.name());
            counts.put(state, Long.parseLong(count.selectFirst("strong").text()));
        }
        return counts;
    }

    private static List<Listed> list(Browser admin, String query) {
        return rows(admin.get("/admin/accounts?" + query).assertStatus(200));
    }

    /** Every page of the list. */
    private static List<Listed> listAll(Browser admin, String query) {
        List<Listed> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Browser.Response response = admin.get("/admin/accounts?" + query + "&page=" + page).assertStatus(200);
            all.addAll(rows(response));
            if (response.html().selectFirst("a[rel=next]") == null) {
                return all;
            }
        }
    }

    private static List<Listed> rows(Browser.Response page) {
        return page.html().select("table.list tbody tr").stream()
                .filter(tr -> tr.selectFirst("td.empty") == null)
                .map(tr -> {
                    var td = tr.select("td");
                    String href = td.get(0).selectFirst("a").attr("href");
                    return new Listed(UUID.fromString(href.substring("/admin/accounts/".length())), td.get(0).text(),
                            td.get(1).text(), td.get(3).text(), td.get(4).text());
                })
                .toList();
    }
}

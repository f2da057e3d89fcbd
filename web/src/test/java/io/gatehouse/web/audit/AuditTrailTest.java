package io.gatehouse.web.audit;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Pages;
import io.gatehouse.it.Scenario.Person;
import io.gatehouse.it.Scenario;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** /audit: every recorded event, newest first, filtered by account, actor, type and time. */
class AuditTrailTest extends IntegrationTest {

    private final Scenario scenario = scenario();

    @Test
    void auditListsEventsNewestFirst() {
        Person admin = scenario.newAdmin();
        Person person = scenario.active(Role.SPONSOR);
        Scenario.act(admin.browser(), person.id(), "suspend", Map.of("reason", "Newest act")).assertStatus(303);

        Browser.Response trail = admin.browser().get("/audit").assertStatus(200);

        List<Pages.Row> rows = Pages.history(trail);
        assertThat(rows).isNotEmpty().hasSizeLessThanOrEqualTo(50);
        assertThat(rows).extracting(r -> Instant.parse(r.iso())).isSortedAccordingTo(Comparator.reverseOrder());
        // The suspension ended the person's session, recorded with it, and so just after it.
        assertThat(rows.get(0).action()).isEqualTo("Session ended");
        assertThat(rows.get(0).subject()).isEqualTo(person.id().toString());
        Pages.Row newest = rows.get(1);
        assertThat(newest.subject()).isEqualTo(person.id().toString());
        assertThat(newest.action()).isEqualTo("Suspended");
        assertThat(newest.eventType()).isEqualTo("AccountSuspended");
        assertThat(newest.actor()).isEqualTo(admin.email());
        assertThat(newest.reason()).isEqualTo("Newest act");
        assertThat(newest.clientAddress()).isEqualTo(admin.browser().clientAddress());
        assertThat(trail.html().selectFirst("a[href=/audit/accounts/" + person.id() + "]")).isNotNull();
    }

    @Test
    void auditFilteredByAccountIdOrEmailThenOnlyThatAccountsEvents() {
        Person admin = scenario.newAdmin();
        Person person = scenario.active(Role.EDITOR);
        Scenario.act(admin.browser(), person.id(), "suspend", Map.of("reason", "Filter me")).assertStatus(303);
        Browser audit = admin.browser();

        List<Pages.Row> byId = Pages.history(audit.get("/audit?account=" + person.id()).assertStatus(200));
        List<Pages.Row> byEmail = Pages.history(audit.get("/audit?account="
                + enc("  " + person.email().toUpperCase() + " ")).assertStatus(200));

        assertThat(acts(byId)).containsExactly("Suspended", "Approved", "E-mail confirmed", "Signed up");
        assertThat(byId).extracting(Pages.Row::action).contains("Signed in", "Session ended");
        assertThat(byId).extracting(Pages.Row::subject).containsOnly(person.id().toString());
        assertThat(byEmail).isEqualTo(byId);
        assertThat(Pages.history(audit.get("/audit?account=" + enc("nobody-" + person.email())).assertStatus(200)))
                .isEmpty();
    }

    @Test
    void auditFilteredByActorThenOnlyThatActorsEvents() {
        Person admin = scenario.newAdmin();
        Person first = scenario.signUp(Role.SPONSOR);
        Person second = scenario.active(Role.EDITOR);
        Scenario.act(admin.browser(), first.id(), "approve", Map.of("reason", "ok")).assertStatus(303);
        Scenario.act(admin.browser(), second.id(), "suspend", Map.of("reason", "stop")).assertStatus(303);
        Browser audit = admin.browser();

        List<Pages.Row> byEmail = Pages.history(audit.get("/audit?actor=" + enc(admin.email())).assertStatus(200));
        List<Pages.Row> byUpperEmail = Pages.history(audit.get("/audit?actor="
                + enc(admin.email().toUpperCase())).assertStatus(200));
        List<Pages.Row> byId = Pages.history(audit.get("/audit?actor=" + admin.id()).assertStatus(200));

        // The admin's own sign-up, confirmation and authenticator were done by the admin themself; then their acts.
        assertThat(acts(byEmail)).containsExactly("Suspended", "Approved", "Second factor set up", "E-mail confirmed",
                "Signed up");
        assertThat(byEmail.stream().filter(row -> !isSignInActivity(row))).extracting(Pages.Row::subject)
                .containsExactly(second.id().toString(), first.id().toString(), admin.id().toString(),
                        admin.id().toString(), admin.id().toString());
        assertThat(byEmail).extracting(Pages.Row::actor).containsOnly(admin.email());
        assertThat(byUpperEmail).isEqualTo(byEmail);
        assertThat(byId).isEqualTo(byEmail);

        List<Pages.Row> bySystem = Pages.history(audit.get("/audit?actor=system").assertStatus(200));
        assertThat(bySystem).extracting(Pages.Row::actor).containsOnly("system");
        assertThat(bySystem).extracting(Pages.Row::action).contains("Signed up", "Approved");
    }

    @Test
    void auditFilteredByTypeThenOnlyThatEventType() {
        Person admin = scenario.newAdmin();
        Person person = scenario.active(Role.SPONSOR);
        Scenario.act(admin.browser(), person.id(), "suspend", Map.of("reason", "by type")).assertStatus(303);
        Browser audit = admin.browser();

        List<Pages.Row> suspensions = Pages.history(audit.get("/audit?type=AccountSuspended").assertStatus(200));
        assertThat(suspensions).isNotEmpty();
        assertThat(suspensions).extracting(Pages.Row::eventType).containsOnly("AccountSuspended");
        assertThat(suspensions.get(0).subject()).isEqualTo(person.id().toString());

        assertThat(Pages.history(audit.get("/audit?type=AccountApproved&account=" + person.id())))
                .extracting(Pages.Row::action).containsExactly("Approved");
        assertThat(Pages.history(audit.get("/audit?type=RoleRevoked&account=" + person.id()))).isEmpty();
    }

    /** The account's own recorded instants, read from its history, bound the periods asked for. */
    @Test
    void auditFilteredByTimeThenOnlyEventsInRange() {
        Person admin = scenario.newAdmin();
        Person person = scenario.signUp(Role.SPONSOR);
        Scenario.act(admin.browser(), person.id(), "approve", Map.of("reason", "in range")).assertStatus(303);
        Scenario.act(admin.browser(), person.id(), "suspend", Map.of("reason", "later")).assertStatus(303);
        Browser audit = admin.browser();
        String account = "&account=" + person.id();
        Map<String, Instant> at = new java.util.HashMap<>();
        Pages.history(audit.get("/admin/accounts/" + person.id())).forEach(r -> at.put(r.action(), Instant.parse(r.iso())));
        Instant signedUp = at.get("Signed up");
        Instant approved = at.get("Approved");
        Instant suspended = at.get("Suspended");

        assertThat(acts(audit, "from=" + approved + "&to=" + approved + account)).containsExactly("Approved");
        assertThat(acts(audit, "from=" + suspended + account)).containsExactly("Suspended");
        assertThat(acts(audit, "to=" + signedUp + account)).containsExactly("Signed up");
        assertThat(acts(audit, "from=" + signedUp + "&to=" + suspended + account))
                .containsExactly("Suspended", "Approved", "E-mail confirmed", "Signed up");
        assertThat(acts(audit, "from=" + suspended.plusMillis(1) + account)).isEmpty();
        assertThat(acts(audit, "from=" + enc(suspended.atOffset(ZoneOffset.ofHours(2)).toString()) + account))
                .containsExactly("Suspended");
        String day = signedUp.atOffset(ZoneOffset.UTC).toLocalDate().toString();
        if (day.equals(suspended.atOffset(ZoneOffset.UTC).toLocalDate().toString())) {
            assertThat(acts(audit, "from=" + day + "&to=" + day + account)).hasSize(4);
        }
        List<Pages.Row> window = Pages.history(audit.get("/audit?from=" + signedUp + "&to=" + approved));
        assertThat(window).isNotEmpty()
                .allSatisfy(r -> assertThat(Instant.parse(r.iso())).isBetween(signedUp, approved));
    }

    @Test
    void auditWithMalformedTimeOrUnknownTypeThenBadRequestWithMessage() {
        Browser audit = scenario.rootAdmin().browser();

        Browser.Response from = audit.get("/audit?from=yesterday");
        assertThat(from.status()).isEqualTo(400);
        assertThat(from.header("Content-Type")).startsWith("text/html");
        assertThat(from.html().selectFirst("#from-error").text()).startsWith("Enter a date and time like");
        Browser.Response to = audit.get("/audit?to=" + enc("2026-13-45T99:00:00Z"));
        assertThat(to.status()).isEqualTo(400);
        assertThat(to.html().selectFirst("#to-error").text()).startsWith("Enter a date and time like");
        Browser.Response type = audit.get("/audit?type=AccountDeleted");
        assertThat(type.status()).isEqualTo(400);
        assertThat(type.html().selectFirst("#type-error").text()).contains("is not one of them");
        assertThat(audit.get("/audit?page=x").status()).as("the old page parameter is ignored").isEqualTo(200);
        for (String cursor : List.of("older=yesterday", "newer=2026-01-01T00:00:00Z_x", "older=_12",
                "older=%2B1000000-01-01T00:00:00Z_5")) {
            Browser.Response bad = audit.get("/audit?" + cursor);
            assertThat(bad.status()).as(cursor).isEqualTo(400);
            assertThat(bad.text()).contains("is not a place in the trail");
        }
        assertThat(audit.get("/audit?correlation=" + "x".repeat(300)).status()).isEqualTo(400);
    }

    /**
     * Regression test for a fixed bug: filters the database cannot take give 500 instead of 400 (or an empty list): a NUL character
     * in {@code actor} or {@code account}, an instant outside PostgreSQL's timestamp range in {@code from} /
     * {@code to} (Instant.parse accepts years up to ±1,000,000,000), and a page number whose offset passes
     * Integer.MAX_VALUE. The contract says never a 5xx for anything a client sends.
     */
    @Test
    void auditWithUnstorableFilterOrHugePageThenNeverServerError() {
        Browser audit = scenario.rootAdmin().browser();
        SoftAssertions soft = new SoftAssertions();
        for (String query : List.of("actor=%00", "account=a%00b", "from=%2B1000000-01-01T00:00:00Z",
                "to=-9999-01-01T00:00:00Z", "from=%2B999999999-12-31T23:59:59Z", "page=2147483647")) {
            Browser.Response response = audit.get("/audit?" + query);
            soft.assertThat(response.status()).as("GET /audit?%s", query).isBetween(200, 499);
        }
        soft.assertAll();
    }

    /** The last day PostgreSQL keeps is a date people type as "until the end of time": it is taken, not refused. */
    @Test
    void auditToTheLastStorableDateThenServed() {
        Browser audit = scenario.rootAdmin().browser();

        assertThat(audit.get("/audit?from=0001-01-01&to=9999-12-31").status()).isEqualTo(200);
        assertThat(audit.get("/audit/export?to=9999-12-31").status()).isEqualTo(200);
    }

    @Test
    void activeAuditorSignedInThroughLoginCanReadTheAudit() {
        Person auditor = scenario.activeWith(Role.EDITOR, Role.AUDITOR);
        Person subject = scenario.active(Role.SPONSOR);

        Browser signedIn = scenario.signIn(auditor.email(), PASSWORD);

        Browser.Response trail = signedIn.get("/audit").assertStatus(200);
        assertThat(Pages.history(trail)).isNotEmpty();
        assertThat(acts(Pages.history(signedIn.get("/audit?account=" + subject.id()).assertStatus(200))))
                .containsExactly("Approved", "E-mail confirmed", "Signed up");
        signedIn.get("/audit/accounts/" + subject.id()).assertStatus(200);
        assertThat(signedIn.get("/admin").status()).isIn(302, 403);
    }

    @Test
    void auditWhenNotAuditorOrAdminThenRefused() {
        Person editor = scenario.active(Role.EDITOR);
        Browser signedIn = scenario.signIn(editor.email(), PASSWORD);

        assertThat(signedIn.get("/audit").status()).isEqualTo(403);
        assertThat(signedIn.get("/audit/accounts/" + editor.id()).status()).isEqualTo(403);
        Browser.Response anonymous = browser().get("/audit");
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.location()).isEqualTo("/login");
        Person pendingAuditor = scenario.signUp(Role.EDITOR);
        Browser.Response pending = pendingAuditor.browser().get("/audit");
        assertThat(pending.status()).isEqualTo(302);
        assertThat(pending.location()).isEqualTo("/account/status");
    }

    @Test
    void auditPagedByFiftyWithOlderAndNewerLinksKeepingTheFilters() {
        Person admin = scenario.newAdmin();
        Person person = scenario.active(Role.EDITOR);
        for (int i = 0; i < 25; i++) {
            Scenario.act(admin.browser(), person.id(), "roles/grant", Map.of("role", "AUDITOR")).assertStatus(303);
            Scenario.act(admin.browser(), person.id(), "roles/revoke", Map.of("role", "AUDITOR", "reason", "r" + i))
                    .assertStatus(303);
        }
        Browser audit = admin.browser();

        Browser.Response first = audit.get("/audit?account=" + person.id() + "&page=3").assertStatus(200);
        List<Pages.Row> firstRows = Pages.history(first);
        assertThat(firstRows).hasSize(50);
        assertThat(firstRows.get(0).reason()).isEqualTo("r24");
        assertThat(first.html().selectFirst("a[rel=prev]")).as("nothing newer than the newest").isNull();
        assertThat(first.text()).doesNotContain("in all"); // no count over the trail
        String older = first.html().selectFirst("a[rel=next]").attr("href");
        assertThat(older).startsWith("/audit?account=" + person.id() + "&older=");

        Browser.Response second = audit.get(older).assertStatus(200);
        assertThat(Pages.history(second)).extracting(Pages.Row::action)
                .containsExactly("Approved", "Signed in", "E-mail confirmed", "Signed up");
        assertThat(second.html().selectFirst("a[rel=next]")).isNull();
        String newer = second.html().selectFirst("a[rel=prev]").attr("href");
        assertThat(newer).startsWith("/audit?account=" + person.id() + "&newer=");
        Browser.Response back = audit.get(newer).assertStatus(200);
        assertThat(Pages.history(back)).isEqualTo(firstRows);
        assertThat(back.html().selectFirst("a[rel=prev]")).isNull();
        assertThat(Pages.history(audit.get("/audit?type=RoleRevoked&account=" + person.id()))).hasSize(25);
    }

    private static List<String> actions(Browser audit, String query) {
        return Pages.history(audit.get("/audit?" + query).assertStatus(200)).stream().map(Pages.Row::action).toList();
    }

    private static List<String> acts(Browser audit, String query) {
        return acts(Pages.history(audit.get("/audit?" + query).assertStatus(200)));
    }

    /** The actions of the rows that are acts on accounts, leaving out sign-in activity. */
    private static List<String> acts(List<Pages.Row> rows) {
        return rows.stream().filter(row -> !isSignInActivity(row)).map(Pages.Row::action).toList();
    }

    private static boolean isSignInActivity(Pages.Row row) {
        return row.action().startsWith("Sign") && !row.action().equals("Signed up") || row.action().equals("Session ended");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

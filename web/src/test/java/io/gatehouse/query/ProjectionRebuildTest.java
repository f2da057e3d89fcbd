package io.gatehouse.query;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario.Person;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.TestClock;
import io.gatehouse.it.TestMail;
import io.gatehouse.query.replay.ProjectionReplayer;
import io.gatehouse.web.projections.CatchUp;
import io.gatehouse.web.projections.ProjectionReplays;
import io.gatehouse.web.projections.ReadModels;
import io.gatehouse.web.signup.RegistrationExpiry;
import jakarta.mail.internet.MimeMessage;
import org.assertj.core.api.SoftAssertions;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every projection can be thrown away and rebuilt from the event store to the very same rows: the subscribing
 * ones by {@link ProjectionReplayer} in one transaction, the streaming ones (documents, audit trail) by Axon's
 * own reset and replay. The database is shared with the other test classes, which run before or after this one
 * but never at the same time: each test snapshots, tampers with, rebuilds and compares whole tables in one method.
 */
class ProjectionRebuildTest extends IntegrationTest {

    private static final Table ACCOUNT_VIEW = new Table(
            "select account_id, email, display_name, organization, requested_role, status, registered_at,"
                    + " status_changed_at, status_reason, second_factor from account_view order by account_id",
            "account_id");
    private static final Table ACCOUNT_VIEW_ROLE = new Table(
            "select account_id, role from account_view_role order by account_id, role", "account_id", "role");
    /** Every column but the surrogate id, which a rebuild hands out anew. */
    private static final Table AUDIT_ENTRY = new Table(
            "select event_id, subject_type, subject_id, event_type, action, detail, actor_id, actor_account_id,"
                    + " related_account_id, other_account_id, document_title, session_client_address,"
                    + " correlation_id, trace_id, global_position,"
                    + " reason,"
                    + " client_address, occurred_at from audit_entry order by occurred_at, event_id",
            "occurred_at", "event_id");
    private static final Table DOCUMENT_VIEW = new Table(
            "select document_id, sponsor_id, editor_id, title, body, created_at, updated_at, version"
                    + " from document_view order by document_id",
            "document_id");
    private static final Table LOOKUP = new Table(
            "select account_id, email_hash, skeleton_hash, mixed_script, status, registered_at from cmd_account_lookup"
                    + " order by account_id",
            "account_id");
    private static final Table LOOKUP_ROLE = new Table(
            "select account_id, role from cmd_account_lookup_role order by account_id, role", "account_id", "role");

    private static final List<Table> QUERY_SIDE = List.of(ACCOUNT_VIEW, ACCOUNT_VIEW_ROLE, AUDIT_ENTRY, DOCUMENT_VIEW);
    private static final List<Table> COMMAND_SIDE = List.of(LOOKUP, LOOKUP_ROLE);

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ProjectionReplayer replayer;

    @Autowired
    private RegistrationExpiry expiry;

    @Autowired
    private ProjectionReplays replays;

    @Autowired
    private CatchUp catchUp;

    /**
     * Rebuilt rows equal the live ones to the last digit, timestamps included. Axon 4 stores
     * {@code domain_event_entry.time_stamp} as text with three fraction digits; events are stamped to the
     * millisecond when they are created (AxonConfiguration), so a live projection and a rebuilt one agree.
     */
    @Test
    void queryProjectionsRebuildToTheSameRows() {
        History history = makeHistory();
        Map<Table, List<Map<String, Object>>> before = snapshot(Precision.EXACT, QUERY_SIDE);
        tamperWithQuerySide(history);

        rebuildQuerySide();

        assertSameRows(before, snapshot(Precision.EXACT, QUERY_SIDE));
    }

    /** A live projection's time is exactly the time the event store keeps. */
    @Test
    void liveProjectionTimesAreTheTimesTheEventStoreKeeps() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        UUID id = scenario().createDocument(sponsor, editor.id(), "Timed", "");
        awaitStreamingCaughtUp();

        Instant stored = Instant.parse(jdbc.queryForObject(
                "select time_stamp from domain_event_entry where aggregate_identifier = ? and sequence_number = 0",
                String.class, id.toString()));
        Instant projected = jdbc.queryForObject("select created_at from document_view where document_id = ?",
                Timestamp.class, id).toInstant();

        assertThat(projected).as("document_view.created_at vs the event's stored time_stamp").isEqualTo(stored);
    }

    @Test
    void queryProjectionsRebuildToTheSameRowsAtMillisecondPrecision() {
        History history = makeHistory();
        Map<Table, List<Map<String, Object>>> before = snapshot(Precision.MILLIS, QUERY_SIDE);
        assertThat(before.get(ACCOUNT_VIEW)).extracting(r -> r.get("account_id"))
                .contains(history.sponsor.id(), history.editor.id(), history.suspended.id(), history.rejected.id());
        assertThat(before.get(DOCUMENT_VIEW)).extracting(r -> r.get("document_id"))
                .contains(history.reassigned, history.untouched);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where subject_id = ?", Long.class,
                history.reassigned)).isEqualTo(3);
        tamperWithQuerySide(history);
        assertThat(snapshot(Precision.MILLIS, QUERY_SIDE)).isNotEqualTo(before);

        long accountEvents = replayer.rebuild("account-directory");
        replayStreaming("documents");
        replayStreaming("audit-trail");

        long stored = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        assertThat(accountEvents).as("the subscribing rebuild reads every stored event").isEqualTo(stored);
        assertSameRows(before, snapshot(Precision.MILLIS, QUERY_SIDE));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class))
                .as("one audit entry per stored event").isEqualTo(stored);

        // The pages read the rebuilt tables as before.
        history.sponsor.browser().get("/sponsor/documents/" + history.reassigned).assertStatus(200);
        assertThat(history.sponsor.browser().get("/sponsor/documents/" + history.untouched).assertStatus(200)
                .html().selectFirst("h1").text()).isEqualTo("Staying");
        history.editor2.browser().get("/editor/documents/" + history.reassigned).assertStatus(200);
        assertThat(history.editor.browser().get("/editor/documents/" + history.reassigned).status()).isEqualTo(404);
        assertThat(history.suspended.browser().get("/editor/documents").status()) // the suspension ended the session
                .isEqualTo(401);
        assertThat(scenario().signIn(history.suspended.email(), PASSWORD).get("/editor/documents").location())
                .isEqualTo("/account/status");
    }

    @Test
    void queryProjectionsRebuildFromEmptyTables() {
        History history = makeHistory();
        Map<Table, List<Map<String, Object>>> before = snapshot(Precision.MILLIS, QUERY_SIDE);

        jdbc.update("delete from audit_entry");
        jdbc.update("delete from document_view");
        jdbc.update("delete from account_view");
        assertThat(jdbc.queryForObject("select count(*) from account_view_role", Long.class)).isZero();

        rebuildQuerySide();

        assertSameRows(before, snapshot(Precision.MILLIS, QUERY_SIDE));
        history.sponsor.browser().get("/sponsor/documents/" + history.untouched).assertStatus(200);
    }

    @Test
    void rebuildingAgainGivesExactlyTheSameRows() {
        makeHistory();
        rebuildQuerySide();
        Map<Table, List<Map<String, Object>>> once = snapshot(Precision.EXACT, QUERY_SIDE);

        rebuildQuerySide();

        assertSameRows(once, snapshot(Precision.EXACT, QUERY_SIDE));
    }

    @Test
    void commandSideLookupRebuildsToTheSameRows() {
        History history = makeHistory();
        Map<Table, List<Map<String, Object>>> before = snapshot(Precision.EXACT, COMMAND_SIDE);
        assertThat(before.get(LOOKUP)).extracting(r -> r.get("account_id"))
                .contains(history.editor.id(), history.suspended.id());

        jdbc.update("delete from cmd_account_lookup where account_id = ?", history.editor2.id());
        jdbc.update("delete from cmd_account_lookup_role where account_id = ?", history.editor.id());
        jdbc.update("update cmd_account_lookup set status = 'ACTIVE' where account_id = ?", history.suspended.id());
        jdbc.update("insert into cmd_account_lookup (account_id, email_hash, skeleton_hash, status, registered_at)"
                        + " values (?, ?, 'forged', 'ACTIVE', now())",
                UUID.randomUUID(), Scenario.uniqueEmail("stray"));
        assertThat(snapshot(Precision.EXACT, COMMAND_SIDE)).isNotEqualTo(before);

        long fed = replayer.rebuild("command-account-lookup");

        assertThat(fed).isPositive();
        assertSameRows(before, snapshot(Precision.EXACT, COMMAND_SIDE));

        // The rules that read the lookup work as before: an active editor is found again, the suspended
        // one is refused, and a taken address is still taken.
        scenario().createDocument(history.sponsor, history.editor.id(), "After the rebuild", "");
        history.sponsor.browser().get("/sponsor/documents/new").assertStatus(200);
        Browser.Response refused = history.sponsor.browser().post("/sponsor/documents/new",
                Map.of("title", "To the suspended one", "body", "", "editorId", history.suspended.id().toString()));
        assertThat(refused.status()).isEqualTo(400);
        Browser.Response taken = browser().submit("/signup/sponsor", "/signup/sponsor", Map.of(
                "displayName", "Copycat", "email", history.editor2.email(), "password", PASSWORD,
                "confirmPassword", PASSWORD));
        assertThat(taken.status()).isEqualTo(303); // answered as any sign-up is; the owner is told instead
        assertThat(TestMail.awaitTo(history.editor2.email(), "tried to sign up with your address")).isNotNull();
    }

    @Test
    void rebuildingAnUnknownProcessingGroupIsRefused() {
        assertThatThrownBy(() -> replayer.rebuild("no-such-projection"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStreamingProjectionIsNotRebuiltByHand() {
        assertThatThrownBy(() -> replayer.rebuild("documents"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("streaming");
    }

    /** Accounts in every state (a lapsed sign-up's address taken again), role grants and revocations, and documents created, edited and reassigned. */
    private History makeHistory() {
        Scenario scenario = scenario();
        Person sponsor = scenario.active(Role.SPONSOR);
        Person editor = scenario.active(Role.EDITOR);
        Person editor2 = scenario.active(Role.EDITOR);
        Person auditingEditor = scenario.activeWith(Role.EDITOR, Role.AUDITOR);
        scenario.adminAct(auditingEditor.id(), "roles/grant", Map.of("role", "SPONSOR", "reason", "also sponsors"))
                .assertStatus(303);
        scenario.adminAct(auditingEditor.id(), "roles/revoke", Map.of("role", "SPONSOR", "reason", "no longer"))
                .assertStatus(303);
        Person suspended = scenario.active(Role.EDITOR);
        scenario.adminAct(suspended.id(), "suspend", Map.of("reason", "on leave")).assertStatus(303);
        Person reinstated = scenario.active(Role.SPONSOR);
        scenario.adminAct(reinstated.id(), "suspend", Map.of("reason", "checking")).assertStatus(303);
        scenario.adminAct(reinstated.id(), "reinstate", Map.of("reason", "all good")).assertStatus(303);
        Person rejected = scenario.signUp(Role.SPONSOR);
        scenario.adminAct(rejected.id(), "reject", Map.of("reason", "unknown organization")).assertStatus(303);
        scenario.signUp(Role.EDITOR);
        // A sign-up that lapses and whose address is taken again: the rebuild must free the address before
        // the second sign-up claims it, as the live projections did.
        String reused = Scenario.uniqueEmail("lapse");
        scenario.submitSignUp(scenario.newBrowser(), Role.SPONSOR, reused, "First Try").assertStatus(303);
        TestMail.awaitTo(reused, "Confirm your address"); // the queued sign-up has been handled
        TestClock.INSTANCE.advance(Duration.ofHours(49));
        expiry.expireDue();
        Browser second = scenario.newBrowser();
        scenario.submitSignUp(second, Role.SPONSOR, reused, "Second Try").assertStatus(303);
        MimeMessage secondMail = Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> TestMail.to(reused), mails -> mails.size() == 2).get(1);
        String token = Scenario.tokenFrom(secondMail, "/signup/confirm");
        second.post("/signup/confirm", Map.of("token", token)).assertStatus(303);
        assertThat(jdbc.queryForObject("select count(*) from account_view where email = ?", Long.class, reused))
                .isEqualTo(2);

        UUID reassigned = scenario.createDocument(sponsor, editor.id(), "Moving", "first body");
        editor.browser().submit("/editor/documents/" + reassigned, "/editor/documents/" + reassigned,
                Map.of("title", "Moving, edited", "body", "second body", "version", "0")).assertStatus(303);
        sponsor.browser().get("/sponsor/documents/" + reassigned).assertStatus(200);
        sponsor.browser().post("/sponsor/documents/" + reassigned + "/reassign",
                Map.of("editorId", editor2.id().toString())).assertStatus(303);
        UUID untouched = scenario.createDocument(sponsor, auditingEditor.id(), "Staying", "");
        return new History(sponsor, editor, editor2, auditingEditor, suspended, rejected, reassigned, untouched);
    }

    /** Loses rows, changes rows and adds a stray row in every query-side table. A rebuild must undo all of it. */
    private void tamperWithQuerySide(History history) {
        jdbc.update("delete from account_view where account_id = ?", history.sponsor.id());
        jdbc.update("delete from account_view_role where account_id = ?", history.auditingEditor.id());
        jdbc.update("update account_view set status = 'ACTIVE', status_reason = null where account_id = ?",
                history.suspended.id());
        jdbc.update("delete from document_view where document_id = ?", history.reassigned);
        jdbc.update("update document_view set title = 'tampered', version = version + 7 where document_id = ?",
                history.untouched);
        jdbc.update("insert into document_view (document_id, sponsor_id, editor_id, title, body, created_at,"
                + " updated_at) values (?, ?, ?, 'stray', '', now(), now())", UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID());
        jdbc.update("delete from audit_entry where subject_id = ?", history.reassigned);
        jdbc.update("update audit_entry set reason = 'forged' where subject_id = ?",
                history.rejected.id());
    }

    private void rebuildQuerySide() {
        replayer.rebuild("account-directory");
        replayStreaming("documents");
        replayStreaming("audit-trail");
    }

    /** Axon's reset and replay, as the admin page starts it, then until the processor is back at the head. */
    private void replayStreaming(String name) {
        replays.start(ReadModels.find(name).orElseThrow(), "test");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> catchUp.isCaughtUp(name));
    }

    /** The streaming read models follow the store a moment later: tables are compared once they have caught up. */
    private void awaitStreamingCaughtUp() {
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> catchUp.isCaughtUp("documents") && catchUp.isCaughtUp("audit-trail"));
    }

    /** Equal tables, row for row and in order; on failure, names only the rows that differ. */
    private static void assertSameRows(Map<Table, List<Map<String, Object>>> expected,
                                       Map<Table, List<Map<String, Object>>> actual) {
        SoftAssertions softly = new SoftAssertions();
        expected.forEach((table, rows) -> {
            List<Map<String, Object>> got = actual.get(table);
            List<Map<String, Object>> missing = new ArrayList<>(rows);
            missing.removeAll(got);
            List<Map<String, Object>> extra = new ArrayList<>(got);
            extra.removeAll(rows);
            softly.assertThat(missing).as("rows lost or changed by the rebuild: " + table.sql()).isEmpty();
            softly.assertThat(extra).as("rows added or changed by the rebuild: " + table.sql()).isEmpty();
            if (missing.isEmpty() && extra.isEmpty()) {
                softly.assertThat(got).as("row order: " + table.sql()).isEqualTo(rows);
            }
        });
        softly.assertAll();
    }

    private Map<Table, List<Map<String, Object>>> snapshot(Precision precision, List<Table> tables) {
        awaitStreamingCaughtUp();
        Map<Table, List<Map<String, Object>>> snapshot = new LinkedHashMap<>();
        for (Table table : tables) {
            List<Map<String, Object>> rows = new ArrayList<>(jdbc.queryForList(table.sql()).stream()
                    .map(row -> precision.normalize(row)).toList());
            if (precision != Precision.EXACT) {
                rows.sort(table.order()); // equal times after truncation: keep the SQL's tie-break
            }
            snapshot.put(table, rows);
        }
        return snapshot;
    }

    /** A table as compared: the query, and the columns its rows are ordered by. */
    private record Table(String sql, List<String> orderBy) {
        Table(String sql, String... orderBy) {
            this(sql, List.of(orderBy));
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        Comparator<Map<String, Object>> order() {
            Comparator<Map<String, Object>> order = (a, b) -> 0;
            for (String column : orderBy) {
                order = order.thenComparing(row -> (Comparable) row.get(column));
            }
            return order;
        }
    }

    /** How timestamps are compared: to the digit, or truncated to what the event store keeps. */
    private enum Precision {
        EXACT, MILLIS;

        Map<String, Object> normalize(Map<String, Object> row) {
            Map<String, Object> copy = new LinkedHashMap<>();
            row.forEach((column, value) -> copy.put(column, value instanceof Timestamp timestamp
                    ? (this == MILLIS ? timestamp.toInstant().truncatedTo(ChronoUnit.MILLIS) : timestamp.toInstant())
                    : value));
            return copy;
        }
    }

    private record History(Person sponsor, Person editor, Person editor2, Person auditingEditor, Person suspended,
                           Person rejected, UUID reassigned, UUID untouched) {
    }
}

package io.gatehouse.web.record;

import io.gatehouse.account.Role;
import io.gatehouse.it.App;
import io.gatehouse.it.Browser;
import io.gatehouse.verifier.Chain;
import io.gatehouse.verifier.StoredEvent;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Someone with database access edits the event store with plain SQL: both /audit/integrity and the offline
 * verifier (on a bundle exported from the tampered store) name the first bad position and what happened.
 * One instance with a database of its own; each test undoes its edit, and the record is intact again after it.
 */
class TamperedRecordTest {

    private static App app;
    private static JdbcTemplate sql;
    private static Browser auditor;
    private static long gap;

    @BeforeAll
    static void aStoreWithAGap() {
        app = App.start("gatehouse.embedded-database.ephemeral=true");
        sql = app.bean(JdbcTemplate.class);
        auditor = app.scenario().activeWith(Role.EDITOR, Role.AUDITOR).browser();
        app.scenario().active(Role.SPONSOR);
        // a sequence value drawn and never used, as by a rolled-back transaction
        gap = sql.queryForObject("select nextval('domain_event_entry_seq')", Long.class);
        app.scenario().active(Role.SPONSOR);
        long newest = sql.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        // the sealer waits until no transaction that was running when it saw the gap still runs
        await().until(() -> {
            app.bean(Sealer.class).sealWithCheckpoint();
            return sealedThrough() >= newest;
        });
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @AfterEach
    void theRecordIsIntactOnceTheEditIsUndone() throws Exception {
        assertThat(integrity().selectFirst("[data-integrity]").attr("data-integrity")).isEqualTo("intact");
        assertThat(Verifier.run(export()).exitCode()).isZero();
    }

    @Test
    void a_clean_store_and_its_bundle_pass() throws Exception {
        Document page = integrity();
        assertThat(page.selectFirst("[data-integrity]").attr("data-integrity")).isEqualTo("intact");
        assertThat(page.selectFirst("[data-sealed]").attr("data-sealed"))
                .isEqualTo(String.valueOf(sql.queryForObject("select count(*) from domain_event_entry", Long.class)));
        Verifier.Run run = Verifier.run(export());
        assertThat(run.output()).startsWith("intact: ");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void one_changed_payload_byte_is_named_changed_at_its_position() throws Exception {
        long p = sealed().get(3);
        byte[] original = sql.queryForObject("select payload from domain_event_entry where global_index = ?", byte[].class, p);
        sql.update("update domain_event_entry set payload = set_byte(payload, 1, get_byte(payload, 1) # 1) where global_index = ?", p);
        try {
            assertFirstBad(p, "CHANGED", "changed");
        } finally {
            sql.update("update domain_event_entry set payload = ? where global_index = ?", original, p);
        }
    }

    @Test
    void a_deleted_row_is_named_removed_at_its_position() throws Exception {
        long p = sealed().get(5);
        Map<String, Object> row = sql.queryForMap("select * from domain_event_entry where global_index = ?", p);
        sql.update("delete from domain_event_entry where global_index = ?", p);
        try {
            assertFirstBad(p, "REMOVED", "removed");
        } finally {
            sql.update("insert into domain_event_entry (" + StoredRows.EVENT_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    row.get("global_index"), row.get("event_identifier"), row.get("aggregate_identifier"),
                    row.get("sequence_number"), row.get("type"), row.get("time_stamp"), row.get("payload_type"),
                    row.get("payload_revision"), row.get("payload"), row.get("meta_data"));
        }
    }

    @Test
    void a_row_inserted_where_none_was_sealed_is_named_inserted() throws Exception {
        sql.update("insert into domain_event_entry (" + StoredRows.EVENT_COLUMNS + ") select ?, 'forged-' || gen_random_uuid(),"
                + " 'forged-aggregate', 0, type, time_stamp, 'io.gatehouse.Forged', null, payload, meta_data"
                + " from domain_event_entry where global_index = ?", gap, gap - 1);
        try {
            assertFirstBad(gap, "INSERTED", "inserted");
        } finally {
            sql.update("delete from domain_event_entry where global_index = ?", gap);
        }
    }

    @Test
    void two_swapped_rows_are_named_reordered_at_the_first() throws Exception {
        List<Long> sealed = sealed();
        long p = sealed.get(2);
        long q = sealed.get(sealed.size() - 3);
        swap(p, q);
        try {
            assertFirstBad(p, "REORDERED", "reordered");
        } finally {
            swap(p, q);
        }
    }

    @Test
    void an_event_rewritten_with_its_links_is_caught_at_the_next_signed_checkpoint() throws Exception {
        long p = sealed().get(4);
        byte[] original = sql.queryForObject("select payload from domain_event_entry where global_index = ?", byte[].class, p);
        sql.update("update domain_event_entry set payload = set_byte(payload, 1, get_byte(payload, 1) # 1) where global_index = ?", p);
        relink();
        long checkpoint = sql.queryForObject("select min(global_index) from event_chain_checkpoint where global_index >= ?",
                Long.class, p);
        try {
            assertFirstBad(checkpoint, "CHECKPOINT", "checkpoint does not match");
        } finally {
            sql.update("update domain_event_entry set payload = ? where global_index = ?", original, p);
            relink();
        }
    }

    @Test
    void winding_the_sealers_progress_back_does_not_pass_an_edit_off_as_not_sealed_yet() throws Exception {
        long p = sealed().get(6);
        long through = sealedThrough();
        byte[] original = sql.queryForObject("select payload from domain_event_entry where global_index = ?", byte[].class, p);
        sql.update("update event_chain_state set sealed_through = ?", p - 1);
        sql.update("update domain_event_entry set payload = set_byte(payload, 1, get_byte(payload, 1) # 1) where global_index = ?", p);
        try {
            Document page = integrity();
            assertThat(page.selectFirst("[data-position]").attr("data-position")).isEqualTo(String.valueOf(p));
            assertThat(page.selectFirst("[data-kind]").attr("data-kind")).isEqualTo("CHANGED");
        } finally {
            sql.update("update domain_event_entry set payload = ? where global_index = ?", original, p);
            sql.update("update event_chain_state set sealed_through = ?", through);
        }
    }

    @Test
    void a_bundle_edited_after_export_fails_at_the_edited_position() throws Exception {
        String bundle = export();
        long p = sealed().get(3);
        String payload = java.util.Base64.getEncoder().encodeToString(
                sql.queryForObject("select payload from domain_event_entry where global_index = ?", byte[].class, p));
        assertThat(bundle).contains(payload);

        Verifier.Run run = Verifier.run(bundle.replace(payload, "e30="));

        assertThat(run.output()).contains("first bad position position " + p + ": changed");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    private static void assertFirstBad(long position, String kind, String label) throws Exception {
        Document page = integrity();
        assertThat(page.selectFirst("[data-integrity]").attr("data-integrity")).isEqualTo("broken");
        assertThat(page.selectFirst("[data-position]").attr("data-position")).isEqualTo(String.valueOf(position));
        assertThat(page.selectFirst("[data-kind]").attr("data-kind")).isEqualTo(kind);

        Verifier.Run run = Verifier.run(export());
        assertThat(run.output()).contains("first bad position position " + position + ": " + label);
        assertThat(run.exitCode()).isEqualTo(1);
    }

    private static Document integrity() {
        return auditor.get("/audit/integrity").assertStatus(200).html();
    }

    private static String export() {
        return auditor.get("/audit/export").assertStatus(200).body();
    }

    private static long sealedThrough() {
        return sql.queryForObject("select sealed_through from event_chain_state", Long.class);
    }

    private static List<Long> sealed() {
        return sql.queryForList("select global_index from event_chain order by global_index", Long.class);
    }

    private static void swap(long p, long q) {
        sql.update("update domain_event_entry set global_index = -1 where global_index = ?", p);
        sql.update("update domain_event_entry set global_index = ? where global_index = ?", p, q);
        sql.update("update domain_event_entry set global_index = ? where global_index = -1", q);
    }

    /** What a careful forger does: recomputes every chain record from the stored rows (but cannot sign). */
    private static void relink() {
        byte[][] link = {Chain.genesis()};
        sql.query("select " + StoredRows.EVENT_COLUMNS + " from domain_event_entry where global_index <= ? order by global_index",
                rs -> {
                    StoredEvent event = StoredRows.event(rs);
                    byte[] rowHash = Chain.rowHash(event);
                    link[0] = Chain.link(link[0], rowHash);
                    sql.update("update event_chain set row_hash = ?, link = ? where global_index = ?", rowHash, link[0],
                            event.globalIndex());
                }, sealedThrough());
    }
}

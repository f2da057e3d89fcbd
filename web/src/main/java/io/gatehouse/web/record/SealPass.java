package io.gatehouse.web.record;

import io.gatehouse.verifier.Chain;
import io.gatehouse.verifier.StoredEvent;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * One sealing transaction: takes the sealer's state row (so one instance seals at a time), chains the next
 * committed events in global order, signs checkpoints, and stops at a position that is still empty below
 * committed rows until it is sure that position stays empty (see {@link Gap}).
 */
final class SealPass {

    /** What a pass did; {@code again}: look once more at once (a full batch, or a gap just noted). */
    record Outcome(int sealed, boolean again) {
    }

    private final JdbcTemplate jdbc;
    private final SigningKey key;
    private final RecordSettings settings;
    private final Clock clock;
    private int sealedInThisPass;

    SealPass(JdbcTemplate jdbc, SigningKey key, RecordSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.key = key;
        this.settings = settings;
        this.clock = clock;
    }

    /** Runs inside a transaction. {@code wait}: wait for another sealer's pass instead of skipping this one. */
    Outcome run(boolean wait, boolean checkpointAtEnd) {
        List<State> locked = jdbc.query("select sealed_through, last_link, event_count, since_checkpoint,"
                + " last_checkpoint_at, gap_at, gap_until from event_chain_state where id = 1 for update"
                + (wait ? "" : " skip locked"), (rs, n) -> new State(rs));
        if (locked.isEmpty()) {
            return new Outcome(0, false);
        }
        State s = locked.get(0);
        Gap gap = new Gap(jdbc);
        Long emptyBelow = s.gapAt != null && s.gapAt == s.sealedThrough + 1 && gap.settled() ? s.gapUntil : null;
        List<StoredEvent> rows = jdbc.query("select " + StoredRows.EVENT_COLUMNS + " from domain_event_entry"
                + " where global_index > ? order by global_index limit ?",
                (rs, n) -> StoredRows.event(rs), s.sealedThrough, settings.batchSize());
        List<Object[]> links = new ArrayList<>();
        boolean again = rows.size() == settings.batchSize();
        for (StoredEvent row : rows) {
            long expected = s.sealedThrough + 1;
            if (row.globalIndex() > expected && (emptyBelow == null || row.globalIndex() > emptyBelow)) {
                // a new gap, or one that outgrew what was settled: note who might still fill it
                again = s.gapAt == null || s.gapAt != expected || emptyBelow != null;
                if (again) {
                    gap.watch(expected, row.globalIndex());
                    s.gapAt = expected;
                }
                break;
            }
            byte[] rowHash = Chain.rowHash(row);
            s.lastLink = Chain.link(s.lastLink, rowHash);
            s.sealedThrough = row.globalIndex();
            s.count++;
            s.sinceCheckpoint++;
            links.add(new Object[]{row.globalIndex(), rowHash, s.lastLink});
            if (s.sinceCheckpoint >= settings.checkpointEvery()) {
                checkpoint(s, links);
            }
        }
        Instant now = clock.instant();
        if (s.sinceCheckpoint > 0 && (checkpointAtEnd || s.lastCheckpointAt == null
                || !now.isBefore(s.lastCheckpointAt.plus(settings.checkpointInterval())))) {
            checkpoint(s, links);
        }
        flush(links);
        boolean gapPassed = s.gapAt != null && s.sealedThrough >= s.gapAt;
        jdbc.update("update event_chain_state set sealed_through = ?, last_link = ?, event_count = ?,"
                + " since_checkpoint = ?, last_checkpoint_at = ?" + (gapPassed ? ", gap_at = null, gap_until = null,"
                + " gap_waits_for = null" : "") + " where id = 1", s.sealedThrough, s.lastLink, s.count,
                s.sinceCheckpoint, s.lastCheckpointAt == null ? null : Timestamp.from(s.lastCheckpointAt));
        return new Outcome(sealedInThisPass, again);
    }

    private void checkpoint(State s, List<Object[]> links) {
        flush(links);
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        byte[] signature = key.sign(Chain.checkpointMessage(s.sealedThrough, s.count, s.lastLink, at));
        jdbc.update("insert into event_chain_checkpoint (global_index, event_count, link, sealed_at, key_id, signature)"
                + " values (?, ?, ?, ?, ?, ?)", s.sealedThrough, s.count, s.lastLink, Timestamp.from(at),
                key.publicKey().fingerprint(), signature);
        s.sinceCheckpoint = 0;
        s.lastCheckpointAt = at;
    }

    private void flush(List<Object[]> links) {
        if (!links.isEmpty()) {
            jdbc.batchUpdate("insert into event_chain (global_index, row_hash, link) values (?, ?, ?)", links);
            sealedInThisPass += links.size();
            links.clear();
        }
    }

    private static final class State {
        long sealedThrough;
        byte[] lastLink;
        long count;
        int sinceCheckpoint;
        Instant lastCheckpointAt;
        Long gapAt;
        Long gapUntil;

        State(ResultSet rs) throws SQLException {
            sealedThrough = rs.getLong(1);
            lastLink = rs.getBytes(2);
            count = rs.getLong(3);
            sinceCheckpoint = rs.getInt(4);
            Timestamp last = rs.getTimestamp(5);
            lastCheckpointAt = last == null ? null : last.toInstant();
            gapAt = rs.getObject(6, Long.class);
            gapUntil = rs.getObject(7, Long.class);
        }
    }
}

package io.gatehouse.web.record;

import io.gatehouse.verifier.Bundle;
import io.gatehouse.verifier.BundleWriter;
import io.gatehouse.verifier.Chain;
import io.gatehouse.verifier.Checkpoint;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Writes the signed bundle of a period: the sealed events stored from {@code from} to {@code to}, as the
 * positions from the first such event to the last (so a row removed or inserted among them shows), with the
 * chain records up to the checkpoint that covers the last one. Seals first, with a checkpoint, so the
 * bundle reaches the newest committed event.
 */
@Component
class BundleExport {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;
    private final Sealer sealer;
    private final SigningKey key;
    private final Clock clock;

    BundleExport(DataSource dataSource, PlatformTransactionManager transactionManager, Sealer sealer, SigningKey key,
                 Clock clock) {
        this.jdbc = IntegrityCheck.streaming(dataSource);
        this.snapshot = IntegrityCheck.snapshot(transactionManager);
        this.sealer = sealer;
        this.key = key;
        this.clock = clock;
    }

    void write(OutputStream out, Instant from, Instant to, String fromText, String toText) {
        sealer.sealWithCheckpoint();
        snapshot.executeWithoutResult(status -> {
            // Up to the newest checkpoint, not the sealer's progress: a pass of another sealer between the seal
            // above and this snapshot may have sealed more, which no checkpoint covers yet.
            long signedThrough = jdbc.queryForObject(
                    "select coalesce(max(global_index), 0) from event_chain_checkpoint", Long.class);
            long[] range = range(from, to, signedThrough);
            long unsealed = jdbc.queryForObject("select count(*) from domain_event_entry where global_index > ?",
                    Long.class, signedThrough);
            Object[] preceding = range == null ? null : jdbc.query("select global_index, link,"
                    + " (select count(*) from event_chain where global_index < ?) from event_chain"
                    + " where global_index < ? order by global_index desc limit 1",
                    (ResultSet rs) -> rs.next() ? new Object[]{rs.getLong(1), rs.getBytes(2), rs.getLong(3)} : null,
                    range[0], range[0]);
            if (preceding == null) {
                preceding = new Object[]{0L, Chain.genesis(), 0L};
            }
            BundleWriter writer = new BundleWriter(out, new Bundle.Header(Bundle.FORMAT, clock.instant().toString(),
                    fromText, toText, key.publicKey(), (long) preceding[0], (byte[]) preceding[1], (long) preceding[2]));
            List<Checkpoint> checkpoints = List.of();
            if (range != null) {
                jdbc.query(StoredRows.JOINED, (ResultSet rs) -> {
                    writer.entry(StoredRows.entry(rs));
                }, range[0], range[1], range[0], range[1]);
                Long covering = jdbc.query("select min(global_index) from event_chain_checkpoint where global_index >= ?",
                        (ResultSet rs) -> rs.next() ? rs.getObject(1, Long.class) : null, range[1]);
                if (covering != null) {
                    jdbc.query("select global_index, row_hash, link from event_chain where global_index > ? and global_index <= ?"
                            + " order by global_index", (ResultSet rs) -> {
                        writer.record(new Bundle.Record(rs.getLong(1), rs.getBytes(2), rs.getBytes(3)));
                    }, range[1], covering);
                    checkpoints = IntegrityCheck.checkpoints(jdbc, range[0], covering);
                }
            }
            writer.finish(checkpoints, unsealed, key::sign);
        });
    }

    /** The first and last sealed positions whose events were stored in the period; null: none was. */
    private long[] range(Instant from, Instant to, long signedThrough) {
        long[] range = {Long.MAX_VALUE, Long.MIN_VALUE};
        jdbc.query("select global_index, time_stamp from domain_event_entry where global_index <= ? order by global_index",
                (ResultSet rs) -> {
                    Instant at = instant(rs.getString(2));
                    if (at == null || ((from == null || !at.isBefore(from)) && (to == null || !at.isAfter(to)))) {
                        range[0] = Math.min(range[0], rs.getLong(1));
                        range[1] = Math.max(range[1], rs.getLong(1));
                    }
                }, signedThrough);
        return range[0] > range[1] ? null : range;
    }

    /** Axon stores ISO-8601 text; a row whose time was altered into nonsense is still exported, not skipped. */
    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException | NullPointerException unreadable) {
            return null;
        }
    }
}

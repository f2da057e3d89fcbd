package io.gatehouse.web.record;

import io.gatehouse.verifier.Chain;
import io.gatehouse.verifier.ChainCheck;
import io.gatehouse.verifier.Checkpoint;
import io.gatehouse.verifier.Finding;
import io.gatehouse.verifier.StoredEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Recomputes the whole chain from the stored rows, streamed in one consistent snapshot, and checks every
 * link and every signed checkpoint on the way: the first position that is not what was sealed, or intact.
 */
@Component
public class IntegrityCheck {

    /**
     * @param events         events stored
     * @param sealed         of those, the ones the chain covers (checked up to the finding, if any)
     * @param unsealed       newer than the sealer's last pass: not covered yet
     * @param lastCheckpoint the last checkpoint whose signature and link held
     */
    public record Report(Optional<Finding> finding, long events, long sealed, long unsealed,
                         Optional<Checkpoint> lastCheckpoint, Duration took) {
        public boolean intact() {
            return finding.isEmpty();
        }
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;
    private final SigningKey key;

    IntegrityCheck(DataSource dataSource, PlatformTransactionManager transactionManager, SigningKey key) {
        this.jdbc = streaming(dataSource);
        this.snapshot = snapshot(transactionManager);
        this.key = key;
    }

    static JdbcTemplate streaming(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.setFetchSize(1000);
        return jdbc;
    }

    /** Read-only, and one snapshot for every query, so rows sealed meanwhile cannot make the check disagree. */
    static TransactionTemplate snapshot(PlatformTransactionManager transactionManager) {
        TransactionTemplate snapshot = new TransactionTemplate(transactionManager);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        return snapshot;
    }

    public Report run() {
        long started = System.nanoTime();
        return snapshot.execute(status -> {
            long sealedThrough = sealedThrough(jdbc);
            ChainCheck check = new ChainCheck(Chain.genesis(), 0, 0, checkpoints(jdbc, 0, sealedThrough), key.trusted(),
                    this::origin);
            jdbc.query(StoredRows.JOINED, (ResultSet rs) -> {
                while (rs.next() && check.accept(StoredRows.entry(rs))) {
                    // stops at the first finding
                }
                return null;
            }, 1, sealedThrough, 1, sealedThrough);
            Optional<Finding> finding = check.finish();
            long unsealed = jdbc.queryForObject("select count(*) from domain_event_entry where global_index > ?",
                    Long.class, sealedThrough);
            long stored = finding.isEmpty() ? check.count() + unsealed
                    : jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
            return new Report(finding, stored, check.count(), unsealed, check.lastCheckpoint(),
                    Duration.ofNanos(System.nanoTime() - started));
        });
    }

    /**
     * How far the chain reaches: the sealer's progress, or further if links or checkpoints exist beyond it (so
     * that winding the sealer's state back cannot pass edits after that point off as "not sealed yet").
     */
    static long sealedThrough(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select greatest(s.sealed_through,"
                + " (select coalesce(max(global_index), 0) from event_chain),"
                + " (select coalesce(max(global_index), 0) from event_chain_checkpoint))"
                + " from event_chain_state s where s.id = 1", Long.class);
    }

    static List<Checkpoint> checkpoints(JdbcTemplate jdbc, long from, long through) {
        return jdbc.query("select global_index, event_count, link, sealed_at, key_id, signature from event_chain_checkpoint"
                + " where global_index between ? and ? order by global_index", IntegrityCheck::checkpoint, from, through);
    }

    static Checkpoint checkpoint(ResultSet rs, int n) throws SQLException {
        return new Checkpoint(rs.getLong(1), rs.getLong(2), rs.getBytes(3), rs.getTimestamp(4).toInstant(),
                rs.getString(5), rs.getBytes(6));
    }

    /** Only asked once, at a mismatch: which sealed position this content hashes to, if another. */
    private OptionalLong origin(StoredEvent event) {
        return jdbc.query("select global_index, row_hash from event_chain order by global_index", (ResultSet rs) -> {
            while (rs.next()) {
                if (Arrays.equals(Chain.rowHash(event.at(rs.getLong(1))), rs.getBytes(2))) {
                    return OptionalLong.of(rs.getLong(1));
                }
            }
            return OptionalLong.empty();
        });
    }
}

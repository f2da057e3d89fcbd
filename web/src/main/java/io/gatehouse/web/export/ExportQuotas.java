package io.gatehouse.web.export;

import io.gatehouse.account.ExportLimits;
import io.gatehouse.web.export.ExportRefusedException.Limit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Counts exports against an account's limits in PostgreSQL, so every instance shares the counts: its minute and
 * day windows in {@link WindowCounts}, its exports running now as leased rows of {@code export_running}. One
 * admission is one transaction under a lock per account, so parallel requests on any instances cannot pass a limit
 * together, and a refusal rolls back whatever it counted.
 * <p>
 * The limits are the caller's, read afresh for every export: an admin's new limit applies to the very next one with
 * the window's count kept. Raised, the next export passes; lowered below what was used, it is refused. (Bucket4j's
 * configuration replacement could not lower a limit this way: each of its ways of carrying tokens over to a smaller
 * bucket gives an account that had used 3 of 10 a fresh allowance under a new limit of 2. And as nothing about the
 * limits is stored with the counts, no version has to order two changes: the override read is the one in force.)
 */
@Component
class ExportQuotas {

    private static final List<QuotaWindow> LOCK_ORDER = List.of(QuotaWindow.DAY, QuotaWindow.MINUTE);

    private final WindowCounts counts;
    private final TransactionTemplate ownTransaction;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ExportSettings settings;

    ExportQuotas(WindowCounts counts, PlatformTransactionManager transactions, JdbcClient jdbc, Clock clock,
                 ExportSettings settings) {
        this.counts = counts;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    /** An export counted and holding a slot: {@link #finish} it, or {@link #giveBack} if it did not happen. */
    record Admission(UUID accountId, UUID slot, Instant at, ExportQuota quota) {
    }

    /** How many of a window's exports were counted, this one included. */
    private record Counted(QuotaWindow window, int limit, long used) {
        boolean over() {
            return used > limit;
        }
    }

    /** Counts one export, or throws {@link ExportRefusedException} with nothing counted. */
    Admission admit(UUID accountId, ExportLimits limits, boolean setByAdmin) {
        Instant now = clock.instant();
        Object outcome = ownTransaction.execute(status -> {
            lock(accountId);
            List<Counted> counted = new ArrayList<>();
            for (QuotaWindow window : LOCK_ORDER) {
                counted.add(new Counted(window, window.limit(limits), counts.take(window, accountId)));
            }
            Counted over = counted.stream().filter(Counted::over).findFirst().orElse(null);
            if (over != null || running(accountId, now) >= limits.atOnce()) {
                status.setRollbackOnly();
                ExportQuota quota = quota(limits, setByAdmin, counted, now, false);
                return over == null ? new ExportRefusedException(Limit.AT_ONCE, now, settings.busyRetryAfter(), quota)
                        : new ExportRefusedException(over.window() == QuotaWindow.DAY ? Limit.PER_DAY : Limit.PER_MINUTE,
                        now, Duration.between(now, over.window().end(now)), quota);
            }
            UUID slot = UUID.randomUUID();
            jdbc.sql("insert into export_running (slot_id, account_id, started_at, lease_until) values (?, ?, ?, ?)")
                    .params(slot, accountId, Timestamp.from(now), Timestamp.from(now.plus(settings.lease()))).update();
            return new Admission(accountId, slot, now, quota(limits, setByAdmin, counted, now, true));
        });
        if (outcome instanceof ExportRefusedException refused) {
            throw refused;
        }
        return (Admission) outcome;
    }

    /**
     * The account's quota as it stands, counting nothing: what a refusal that no limit of the account caused
     * reports. Read from the finished and running exports of the windows, without locking anything.
     */
    ExportQuota standing(UUID accountId, ExportLimits limits, boolean setByAdmin) {
        Instant now = clock.instant();
        List<Counted> counted = LOCK_ORDER.stream().map(window -> new Counted(window, window.limit(limits),
                jdbc.sql("""
                                select (select count(*) from export_done where account_id = ? and started_at >= ?)
                                     + (select count(*) from export_running where account_id = ? and started_at >= ?)""")
                        .params(accountId, Timestamp.from(window.start(now)), accountId,
                                Timestamp.from(window.start(now)))
                        .query(Long.class).single())).toList();
        return quota(limits, setByAdmin, counted, now, true);
    }

    /** The export is done: its slot is free, and it is recorded for the usage pages. */
    void finish(Admission admission, UUID documentId) {
        ownTransaction.executeWithoutResult(status -> {
            jdbc.sql("delete from export_running where slot_id = ?").param(admission.slot()).update();
            jdbc.sql("insert into export_done (account_id, document_id, started_at, finished_at) values (?, ?, ?, ?)")
                    .params(admission.accountId(), documentId, Timestamp.from(admission.at()),
                            Timestamp.from(clock.instant())).update();
        });
    }

    /** The export did not happen after all: its slot is free and it no longer counts (in the window it is now). */
    void giveBack(Admission admission) {
        ownTransaction.executeWithoutResult(status -> {
            lock(admission.accountId());
            LOCK_ORDER.forEach(window -> counts.giveBack(window, admission.accountId()));
            jdbc.sql("delete from export_running where slot_id = ?").param(admission.slot()).update();
        });
    }

    /** Buckets full again, leases run out, finished exports of days gone: none of them counts any more. */
    void sweep() {
        Instant now = clock.instant();
        Integer removed;
        do {
            removed = ownTransaction.execute(status -> counts.removeExpired(1000));
        } while (removed != null && removed == 1000);
        jdbc.sql("delete from export_running where lease_until < ?").param(Timestamp.from(now)).update();
        jdbc.sql("delete from export_done where started_at < ?")
                .param(Timestamp.from(QuotaWindow.DAY.start(now).minus(Duration.ofDays(1)))).update();
    }

    /** An erased account's counts go with it; runs in the erasure's transaction. */
    void forget(UUID accountId) {
        jdbc.sql("delete from export_quota where id in (?, ?)")
                .params(WindowCounts.key(QuotaWindow.MINUTE, accountId), WindowCounts.key(QuotaWindow.DAY, accountId))
                .update();
        jdbc.sql("delete from export_running where account_id = ?").param(accountId).update();
        jdbc.sql("delete from export_done where account_id = ?").param(accountId).update();
    }

    private void lock(UUID accountId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('export'), hashtext(?))").param(accountId.toString())
                .query().singleRow();
    }

    private int running(UUID accountId, Instant now) {
        return jdbc.sql("select count(*) from export_running where account_id = ? and lease_until > ?")
                .params(accountId, Timestamp.from(now)).query(Integer.class).single();
    }

    /** {@code counts}: whether this export stays counted (admitted) or is rolled back (refused). */
    private static ExportQuota quota(ExportLimits limits, boolean setByAdmin, List<Counted> counted, Instant now,
                                     boolean counts) {
        List<ExportQuota.Window> windows = counted.stream()
                .sorted(Comparator.comparing(Counted::window))
                .map(c -> {
                    long used = counts ? c.used() : c.used() - 1;
                    Instant end = c.window().end(now);
                    return new ExportQuota.Window(c.window().policy(), c.limit(), c.window().length(),
                            (int) Math.max(0, c.limit() - used), end, Duration.between(now, end));
                }).toList();
        return new ExportQuota(limits, setByAdmin, windows);
    }
}

package io.gatehouse.web.record;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Seals committed events into the chain, in global order, on a thread of its own, a moment after they are
 * stored. Links are not written in the command's transaction: that would serialize every command on one
 * lock (each link needs the previous one), and a transaction that commits out of order would be chained
 * before an earlier position. Sealing after commit hashes exactly the committed bytes, in the order
 * tracking processors see. The window: events stored since the last pass are not sealed yet.
 */
@Component
public class Sealer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Sealer.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final SigningKey key;
    private final RecordSettings settings;
    private final Clock clock;
    private volatile ScheduledExecutorService thread;

    Sealer(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, SigningKey key, RecordSettings settings,
           Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.key = key;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Seals everything that can be sealed now, waiting for another instance's pass if one is running, and
     * returns how many events this call sealed. Events behind a position still held by a running transaction
     * stay unsealed until it ends.
     */
    public int sealNow() {
        return seal(true, false);
    }

    /** As {@link #sealNow()}, and signs a checkpoint at the newest sealed event if none covers it yet. */
    public int sealWithCheckpoint() {
        return seal(true, true);
    }

    private synchronized int seal(boolean wait, boolean checkpoint) {
        int sealed = 0;
        SealPass.Outcome outcome;
        do {
            outcome = transactions.execute(status -> new SealPass(jdbc, key, settings, clock).run(wait, checkpoint));
            sealed += outcome.sealed();
        } while (outcome.again());
        return sealed;
    }

    private void scheduledPass() {
        try {
            int sealed = seal(false, false);
            if (sealed > 0) {
                log.debug("Sealed {} events", sealed);
            }
        } catch (RuntimeException e) {
            log.warn("Sealing the record failed; it is tried again shortly", e);
        }
    }

    @Override
    public void start() {
        if (!settings.sealInterval().isNegative() && !settings.sealInterval().isZero()) {
            thread = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "record-sealer"));
            long millis = settings.sealInterval().toMillis();
            thread.scheduleWithFixedDelay(this::scheduledPass, millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = thread;
        thread = null;
        if (running != null) {
            running.shutdown();
            try {
                running.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}

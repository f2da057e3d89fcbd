package io.gatehouse.web.outbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs outbox work, oldest first, one row per transaction, on a few worker threads (so that one slow mail
 * server or a burst of notices does not hold up someone's confirmation link). Woken after every commit
 * that added work, and every few seconds for work that failed or that an instance stopped before running.
 */
@Component
public class OutboxDispatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(10);
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ObjectProvider<OutboxHandler> handlerBeans;
    private volatile Map<String, OutboxHandler> handlers;
    private final OutboxSettings settings;
    private final ExecutorService workers;
    private final AtomicInteger idleWorkers;

    /** Handlers are looked up at first use: they write to the outbox themselves, so they depend on it. */
    OutboxDispatcher(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                     ObjectProvider<OutboxHandler> handlerBeans, OutboxSettings settings) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.handlerBeans = handlerBeans;
        this.settings = settings;
        AtomicInteger number = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(settings.workers(), r -> new Thread(r, "outbox-" + number.incrementAndGet()));
        this.idleWorkers = new AtomicInteger(settings.workers());
    }

    private Map<String, OutboxHandler> handlers() {
        if (handlers == null) {
            handlers = handlerBeans.stream().collect(Collectors.toMap(OutboxHandler::kind, Function.identity()));
        }
        return handlers;
    }

    /** Has another worker drain what is due, unless all of them are at it already. */
    void runSoon() {
        if (idleWorkers.getAndUpdate(idle -> Math.max(idle - 1, 0)) > 0) {
            workers.execute(() -> {
                try {
                    runDue();
                } finally {
                    idleWorkers.incrementAndGet();
                }
            });
        }
    }

    @Scheduled(fixedDelayString = "${gatehouse.outbox.sweep-interval:5s}", initialDelayString = "${gatehouse.outbox.sweep-interval:5s}")
    void sweep() {
        runSoon();
    }

    /** Runs every row that is due, until none is left; returns how many succeeded. */
    public int runDue() {
        int done = 0;
        try {
            Claimed claimed;
            while ((claimed = runOne()) != null) {
                if (claimed.succeeded()) {
                    done++;
                }
            }
        } catch (RuntimeException e) {
            log.error("The outbox could not be read; it is tried again in a few seconds", e);
        }
        return done;
    }

    private Claimed runOne() {
        Set<String> kinds = settings.runnableKinds(handlers().keySet());
        if (kinds.isEmpty()) {
            return null;
        }
        Claimed[] claimed = new Claimed[1];
        try {
            transactions.executeWithoutResult(status -> {
                List<Claimed> rows = jdbc.query("select id, kind, payload, attempts from outbox"
                                + " where next_attempt_at <= now() and kind = any (?) order by id limit 1 for update skip locked",
                        (rs, n) -> new Claimed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), false),
                        (Object) kinds.toArray(String[]::new));
                if (rows.isEmpty()) {
                    return;
                }
                claimed[0] = rows.get(0);
                run(claimed[0]);
                jdbc.update("delete from outbox where id = ?", claimed[0].id());
                claimed[0] = claimed[0].succeeded(true);
            });
        } catch (RuntimeException failed) {
            if (claimed[0] == null) {
                throw failed;
            }
            retryLater(claimed[0], failed);
        }
        return claimed[0];
    }

    private void run(Claimed row) {
        OutboxHandler handler = handlers().get(row.kind());
        try {
            handler.handle(row.payload());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void retryLater(Claimed row, RuntimeException failure) {
        int attempts = row.attempts() + 1;
        Duration wait = backoff(attempts);
        String error = String.valueOf(rootCause(failure).getMessage());
        transactions.executeWithoutResult(status -> jdbc.update("update outbox set attempts = ?, last_error = ?,"
                + " next_attempt_at = now() + make_interval(secs => ?) where id = ?",
                attempts, error.length() > 1000 ? error.substring(0, 1000) : error, (double) wait.toSeconds(), row.id()));
        if (attempts >= 5) {
            log.error("Outbox {} #{} failed {} times, last: {}; next try in {}", row.kind(), row.id(), attempts, error, wait);
        } else {
            log.warn("Outbox {} #{} failed ({}); next try in {}", row.kind(), row.id(), error, wait);
        }
    }

    /** 10 s, 20 s, 40 s, ... up to an hour: never given up, so nothing acknowledged is lost. */
    static Duration backoff(int attempts) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    @Override
    public void destroy() throws InterruptedException {
        workers.shutdown();
        if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
            workers.shutdownNow();
        }
    }

    private record Claimed(long id, String kind, String payload, int attempts, boolean succeeded) {
        Claimed succeeded(boolean value) {
            return new Claimed(id, kind, payload, attempts, value);
        }
    }
}

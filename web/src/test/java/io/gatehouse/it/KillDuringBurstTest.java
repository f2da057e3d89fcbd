package io.gatehouse.it;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

/**
 * Durability under a crash: admins act as fast as the app answers, and the app is killed outright (SIGKILL, as
 * kill -9) in the middle of it. An act answered with success must have happened, whatever came after the
 * answer: after a restart on the same data it is in the event store and in every read model, and rebuilding
 * the read models from the store gives back the rows the crash left.
 *
 * <p>Deterministic by construction: each client thread owns its accounts and sends only acts that are valid
 * given the answers it had, and the kill is triggered by the number of acts acknowledged, not by time. Which
 * requests are still in flight at that moment varies from run to run; the checks allow for each of them to have
 * been done or not, and nothing else.
 *
 * <p>The app's embedded PostgreSQL outlives its killed JVM, as it does when an operator kills the app, and the
 * restarted app stops it (OrphanedPostgres): what is killed here is the app, not the machine or the database.
 */
class KillDuringBurstTest {

    private static final Logger log = LoggerFactory.getLogger(KillDuringBurstTest.class);

    private static final int THREADS = 8;
    private static final int ACCOUNTS_PER_THREAD = 2;
    private static final int PLANNED_ACTS = 5_000;
    /**
     * Well into the burst, with most of it still to come; not later, since CI runs this on two cores in its
     * 20 minutes: starting the app, killing it and restarting it cost as much as the acts.
     */
    private static final int KILL_AFTER_ACKNOWLEDGED = 1_000;

    @Test
    void everyActAnsweredWithSuccessBeforeAKillIsStoredProjectedAndReplayedToTheSameRowsAfterTheRestart()
            throws Exception {
        Path data = Path.of("target/it-data-kill-burst").toAbsolutePath();
        FileSystemUtils.deleteRecursively(data);
        Files.createDirectories(data);
        long started = System.nanoTime();
        try {
            Burst.Outcome burst;
            try (ChildGatehouse app = ChildGatehouse.start(data, data.resolve("killed-app.log"))) {
                log(started, "started the app");
                List<Browser> admins = BurstSetup.adminSessions(app.baseUrl(), THREADS);
                List<List<UUID>> accounts = inParallel(admins.stream()
                        .map(admin -> (Callable<List<UUID>>) () ->
                                BurstSetup.activeAccounts(app.baseUrl(), data, admin, ACCOUNTS_PER_THREAD))
                        .toList());
                log(started, "signed in " + THREADS + " admins, made "
                        + THREADS * ACCOUNTS_PER_THREAD + " accounts");
                burst = new Burst(admins, accounts, PLANNED_ACTS / THREADS).run(KILL_AFTER_ACKNOWLEDGED, app::kill);
            }
            log(started, "killed the app: " + burst.acknowledgedCount() + " acts acknowledged, "
                    + burst.inFlight().size() + " in flight");
            assertThat(burst.unexpected()).as("answers other than success or the kill's").isEmpty();
            assertThat(burst.acknowledgedCount()).isGreaterThanOrEqualTo(KILL_AFTER_ACKNOWLEDGED);

            // Restarted in this JVM on the same data directory: it stops the PostgreSQL the kill left running.
            try (App restarted = App.startWithoutSmtp("gatehouse.data-dir=" + data)) {
                log(started, "restarted the app");
                AfterTheKill after = new AfterTheKill(restarted, burst);
                // each check runs and reports, whatever the others found; the replay last, as it rewrites the tables
                assertAll("after the restart",
                        () -> log(started, after.everyAcknowledgedActIsStored() + " of the acts in flight were done"),
                        after::subscribingReadModelsHoldTheStatesTheStoreFoldsTo,
                        after::auditTrailHasARowForEveryStoredEvent,
                        after::recordIsIntact,
                        after::fullReplayGivesTheSameRows);
                log(started, "checked the store, the read models and a full replay");
            }
        } finally {
            // a no-op when the restart ran: it stopped the killed app's PostgreSQL, and its own on closing
            ChildGatehouse.stopPostgresLeftRunning(data.resolve("postgres"));
        }
    }

    private static <T> List<T> inParallel(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> result : pool.invokeAll(tasks)) {
                results.add(result.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void log(long started, String what) {
        log.info("{} s: {}", String.format("%.1f", (System.nanoTime() - started) / 1e9), what);
    }
}

package io.gatehouse.bench;

import io.gatehouse.document.DocumentCreated;
import io.gatehouse.document.DocumentEdited;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.web.projections.CatchUp;
import io.gatehouse.web.projections.ProjectionReplays;
import io.gatehouse.web.projections.ReadModels;
import org.awaitility.Awaitility;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Replay speed: appends N document events (a document created, then edited four times) through Axon's own
 * storage engine in batches of 1,000, lets the live processors catch up, then replays one streaming projection
 * the way /admin/projections does and times it until the projection is back at the head.
 * Not a test (the name keeps it out of ./mvnw verify): run it with bench/replay.sh.
 */
class ReplayBench extends IntegrationTest {

    private static final int BATCH = 1_000;

    @Autowired
    private EventStorageEngine storage;

    @Autowired
    private PlatformTransactionManager transactions;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ProjectionReplays replays;

    @Autowired
    private CatchUp catchUp;

    @Test
    void replay() throws IOException {
        int events = Integer.getInteger("gatehouse.bench.events", 100_000);
        String projection = System.getProperty("gatehouse.bench.projection", ReadModels.DOCUMENTS);
        TransactionTemplate tx = new TransactionTemplate(transactions);

        long start = System.nanoTime();
        List<EventMessage<?>> batch = new ArrayList<>(BATCH);
        UUID document = null;
        UUID sponsor = UUID.randomUUID();
        UUID editor = UUID.randomUUID();
        for (int i = 0; i < events; i++) {
            int sequence = i % 5;
            if (sequence == 0) {
                document = UUID.randomUUID();
            }
            Object payload = sequence == 0
                    ? new DocumentCreated(document, sponsor, editor, "Bench " + i, "body " + i, "127.0.0.1")
                    : new DocumentEdited(document, "Bench " + i, "body " + i, editor, "127.0.0.1");
            batch.add(new GenericDomainEventMessage<>("Document", document.toString(), sequence, payload));
            if (batch.size() == BATCH || i == events - 1) {
                List<EventMessage<?>> append = List.copyOf(batch);
                tx.executeWithoutResult(status -> storage.appendEvents(append));
                batch.clear();
            }
        }
        double appendSeconds = (System.nanoTime() - start) / 1e9;
        Awaitility.await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> catchUp.isCaughtUp(projection));
        long stored = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);

        long replayStart = System.nanoTime();
        replays.start(ReadModels.find(projection).orElseThrow(), "bench");
        Awaitility.await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> catchUp.isCaughtUp(projection));
        double replaySeconds = (System.nanoTime() - replayStart) / 1e9;

        String report = String.format("""
                appended %,d events through the storage engine in %.1f s (%,.0f events/s)
                replayed %s over %,d stored events in %.1f s: %,.0f events/s
                """, events, appendSeconds, events / appendSeconds, projection, stored, replaySeconds,
                stored / replaySeconds);
        Path out = Path.of("target/bench/replay.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.print(report);
    }
}

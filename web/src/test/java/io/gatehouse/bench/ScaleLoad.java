package io.gatehouse.bench;

import io.gatehouse.query.replay.ProjectionReplayer;
import io.gatehouse.web.projections.CatchUp;
import io.gatehouse.web.projections.ProjectionReplays;
import io.gatehouse.web.projections.ReadModels;
import org.awaitility.Awaitility;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Duration;

/**
 * The first half of a scale run: the load (ScaleGenerator) and the timed rebuilds of the read models from it.
 * At 10,000,000 events the documents rebuild is the timed one; see bench/README for what it met there.
 */
final class ScaleLoad {

    private final Serializer serializer;
    private final PlatformTransactionManager transactions;
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final EventProcessingConfiguration processing;
    private final ProjectionReplays replays;
    private final ProjectionReplayer replayer;
    private final CatchUp catchUp;
    private final TokenStore tokenStore;
    private final EventStorageEngine storage;

    ScaleLoad(Serializer serializer, PlatformTransactionManager transactions, DataSource dataSource, JdbcTemplate jdbc,
              EventProcessingConfiguration processing, ProjectionReplays replays, ProjectionReplayer replayer,
              CatchUp catchUp, TokenStore tokenStore, EventStorageEngine storage) {
        this.serializer = serializer;
        this.transactions = transactions;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.processing = processing;
        this.replays = replays;
        this.replayer = replayer;
        this.catchUp = catchUp;
        this.tokenStore = tokenStore;
        this.storage = storage;
    }

    void generateAndRebuild(ScaleReport report, ScalePopulation people, ScaleSample sample, long events)
            throws Exception {
        // Above this size the audit trail and the directory are copied in with the events (their real rebuilds
        // would take hours here: see the report) and the timed rebuild is the documents one, over the whole store.
        boolean rebuildAll = events <= Long.getLong("gatehouse.bench.rebuild-all-max", 2_000_000);
        report.put("load_average_start", ScaleBench.loadAverage());
        // A bulk load's settings: fewer checkpoints while gigabytes arrive. Query settings stay as they are.
        jdbc.execute("alter system set max_wal_size = '16GB'");
        jdbc.execute("alter system set checkpoint_timeout = '30min'");
        jdbc.execute("select pg_reload_conf()");
        // The streaming read models must not follow the load as it happens: their rebuild below is the measurement.
        ReadModels.STREAMING.forEach(m -> processing.eventProcessor(m.name()).ifPresent(EventProcessor::shutDown));

        long start = System.nanoTime();
        long written = new ScaleGenerator(people, serializer, new TransactionTemplate(transactions), dataSource, sample,
                !rebuildAll).generate();
        for (String table : new String[]{"domain_event_entry", "account_view", "account_view_role", "personal_key"}) {
            jdbc.execute("vacuum analyze " + table);
        }
        long stored = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        report.put("events", stored);
        report.put("generated_events", written);
        report.put("generate_seconds", ScaleBench.seconds(start));
        report.log("generated %,d events for %,d accounts in %.0f s", written, people.accounts(), ScaleBench.seconds(start));
        if (!rebuildAll) {
            startAtHead(ReadModels.AUDIT_TRAIL);
        }

        for (ReadModels.ReadModel model : ReadModels.STREAMING) {
            if (rebuildAll || model.name().equals(ReadModels.DOCUMENTS)) {
                long replay = System.nanoTime();
                replays.start(model, "bench");
                Awaitility.await().atMost(Duration.ofHours(3)).pollInterval(Duration.ofMillis(200))
                        .until(() -> catchUp.isCaughtUp(model.name()));
                report.rebuild(model.name(), stored, ScaleBench.seconds(replay));
            }
        }
        if (rebuildAll) {
            long rebuild = System.nanoTime();
            replayer.rebuild("account-directory");
            report.rebuild("account-directory", stored, ScaleBench.seconds(rebuild));
        }
        report.put("rebuild_projection", rebuildAll ? ReadModels.AUDIT_TRAIL : ReadModels.DOCUMENTS);
        report.put("rebuild_events_per_s", report.get("rebuild_" + (rebuildAll ? "audit_trail" : "documents")
                + "_events_per_s"));
        for (String table : new String[]{"audit_entry", "audit_account_label", "audit_document_label",
                "document_view", "account_view", "account_view_role"}) {
            jdbc.execute("vacuum analyze " + table);
        }
        report.put("audit_entries", jdbc.queryForObject("select count(*) from audit_entry", Long.class));
    }

    /**
     * The audit rows were copied in with the events: the processor starts at the store's head, as after a rebuild.
     * Its token is written directly, because a reset would also run the projection's reset handler (a truncate).
     */
    private void startAtHead(String processor) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            tokenStore.storeToken(storage.createHeadToken(), processor, 0);
            tokenStore.releaseClaim(processor, 0);
        });
        processing.eventProcessor(processor).ifPresent(EventProcessor::start);
    }

}

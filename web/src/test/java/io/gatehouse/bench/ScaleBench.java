package io.gatehouse.bench;

import io.gatehouse.it.IntegrationTest;
import io.gatehouse.query.replay.ProjectionReplayer;
import io.gatehouse.web.mfa.StoredTotpKey;
import io.gatehouse.web.projections.CatchUp;
import io.gatehouse.web.projections.ProjectionReplays;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.util.UUID;

/**
 * The scale targets of issue 8: generates N accounts and M events through the real event format (ScaleGenerator),
 * rebuilds the streaming read models from them and times it, then times each page the targets name over HTTP as a
 * signed-in admin (Latencies). Writes target/bench/scale.json and scale.txt. Not a test (the name keeps it out of
 * ./mvnw verify): run it with bench/scale.sh. The record's sealer is off here (gatehouse.record.seal-interval=0):
 * the generated events stay unsealed, and sealing them is bench/chain.sh's measurement, not this one's.
 */
class ScaleBench extends IntegrationTest {

    @Autowired
    @Qualifier("eventSerializer")
    private Serializer serializer;
    @Autowired
    private PlatformTransactionManager transactions;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private ProjectionReplays replays;
    @Autowired
    private ProjectionReplayer replayer;
    @Autowired
    private CatchUp catchUp;
    @Autowired
    private TokenStore tokenStore;
    @Autowired
    private EventStorageEngine storage;

    @Autowired
    private ApplicationContext context;

    @DynamicPropertySource
    static void bench(DynamicPropertyRegistry registry) {
        registry.add("gatehouse.record.seal-interval", () -> "0");
        String port = System.getProperty("gatehouse.bench.database-port");
        if (port != null) { // a database a run with the same sizes generated and held (see measureOnly)
            registry.add("spring.datasource.url", () -> "jdbc:postgresql://localhost:" + port + "/postgres");
            registry.add("spring.datasource.username", () -> "postgres");
        }
    }

    @Test
    void scale() throws Exception {
        long accounts = Long.getLong("gatehouse.bench.accounts", 1_000_000);
        long events = Long.getLong("gatehouse.bench.events", 10_000_000);
        ScaleReport report = new ScaleReport(accounts);
        report.put("events_target", events);
        ScalePopulation people = new ScalePopulation(accounts, events, 8);

        ScaleSample sample;
        if (System.getProperty("gatehouse.bench.database-port") == null) {
            sample = new ScaleSample(people);
            new ScaleLoad(serializer, transactions, dataSource, jdbc, processing, replays, replayer, catchUp, tokenStore,
                    storage).generateAndRebuild(report, people, sample, events);
        } else {
            sample = measureOnly(report, people);
        }
        Latencies latencies = new Latencies(scenario().rootAdmin().browser());
        ScaleQueries.all(sample, people).forEach((name, paths) -> report.latency(name, latencies.measure(paths)));
        report.put("load_average_end", loadAverage());
        report.write();
        hold();
    }

    /**
     * A second sitting on a database generated before (and left running): pages only. Its root admin's
     * authenticator is read back from the database, since the one that enrolled it lived in the other JVM.
     */
    private ScaleSample measureOnly(ScaleReport report, ScalePopulation people) throws Exception {
        report.put("load_average_start", loadAverage());
        report.put("measured_on_held_database", "true");
        report.put("events", jdbc.queryForObject("select count(*) from domain_event_entry", Long.class));
        report.put("audit_entries", jdbc.queryForObject("select count(*) from audit_entry", Long.class));
        UUID root = jdbc.queryForObject("select account_id from account_view where email = ?", UUID.class,
                ADMIN_EMAIL);
        if (jdbc.queryForObject("select count(*) from second_factor where account_id = ?", Integer.class, root) > 0) {
            authenticator().enrol(ADMIN_EMAIL, StoredTotpKey.of(context, root));
        } // else it never signed in there: it enrols now, as on a fresh database
        return ScaleSample.fromDatabase(people, jdbc);
    }

    /** With -Dgatehouse.bench.hold=SECONDS the database stays up for EXPLAIN by hand (its URL is printed). */
    private void hold() throws InterruptedException {
        long hold = Long.getLong("gatehouse.bench.hold", 0);
        if (hold > 0) {
            System.out.println("holding the database for " + hold + " s: " + jdbc.queryForObject(
                    "select 'port ' || current_setting('port')", String.class));
            Thread.sleep(hold * 1000);
        }
    }

    static String loadAverage() throws java.io.IOException {
        return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}

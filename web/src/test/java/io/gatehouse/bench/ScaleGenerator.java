package io.gatehouse.bench;

import io.gatehouse.query.audit.BulkAuditRows;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes the generated accounts' events into the event store and their rows into the account directory, a chunk
 * of accounts at a time (and, above the benchmark's rebuild size, the audit trail's: see BulkAuditRows). Workers
 * serialize chunks through the app's event serializer, each chunk in a
 * transaction of its own because that is where PersonalKeys makes and caches each subject's key (the keys are
 * real rows of personal_key); the calling thread copies finished chunks in order, numbering the events.
 * The loaded tables' secondary indexes are dropped for the load and built again after it (BulkIndexes).
 */
final class ScaleGenerator {

    static final int CHUNK = 2_000;
    /** More than the cores: a worker spends much of its time waiting for PersonalKeys' round trips. */
    private static final int WORKERS = 4;

    private final ScalePopulation people;
    private final Serializer serializer;
    private final TransactionTemplate transactions;
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final ScaleSample sample;

    /** Whether the audit trail's rows are copied along with the events (see BulkAuditRows). */
    private final boolean auditRows;

    ScaleGenerator(ScalePopulation people, Serializer serializer, TransactionTemplate transactions,
                   DataSource dataSource, ScaleSample sample, boolean auditRows) {
        this.auditRows = auditRows;
        this.people = people;
        this.serializer = serializer;
        this.transactions = transactions;
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.sample = sample;
    }

    /** Returns how many events were written. */
    long generate() throws Exception {
        BulkIndexes indexes = BulkIndexes.drop(jdbc, auditRows
                ? List.of("domain_event_entry", "account_view", "audit_entry", "audit_account_label",
                        "audit_document_label")
                : List.of("domain_event_entry", "account_view"));
        long next = jdbc.queryForObject("select coalesce(max(global_index), 0) + 1 from domain_event_entry", Long.class);
        long first = next;
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            // the admins first, on their own: every later chunk seals its approvals with their keys
            next = copy(chunk(0, ScalePopulation.ADMINS), connection, next);
            Deque<Future<Chunk>> pending = new ArrayDeque<>();
            long start = ScalePopulation.ADMINS;
            while (start < people.accounts() || !pending.isEmpty()) {
                while (pending.size() < WORKERS + 2 && start < people.accounts()) {
                    long from = start;
                    long to = Math.min(people.accounts(), start + CHUNK);
                    pending.add(workers.submit(() -> chunk(from, to)));
                    start = to;
                }
                next = copy(pending.removeFirst().get(), connection, next);
            }
        } finally {
            workers.shutdownNow();
        }
        indexes.restore();
        jdbc.queryForObject("select setval('domain_event_entry_seq', ?)", Long.class, next - 1);
        return next - first;
    }

    private long copy(Chunk chunk, Connection connection, long next) throws Exception {
        long after = chunk.events().copy(connection, next);
        chunk.directory().copy(connection);
        if (auditRows) {
            BulkAuditRows audit = new BulkAuditRows();
            long position = next;
            for (DomainEventMessage<?> event : chunk.messages()) {
                audit.add(event, position++);
            }
            audit.copy(connection);
        }
        return after;
    }

    private Chunk chunk(long from, long to) {
        // editors are chosen among accounts that earlier chunks have surely committed (their keys exist)
        ScaleScript script = new ScaleScript(people, Math.max(0, from - (WORKERS + 2L) * CHUNK));
        return transactions.execute(status -> {
            EventRows events = new EventRows();
            DirectoryRows directory = new DirectoryRows();
            List<DomainEventMessage<?>> messages = new ArrayList<>();
            for (long index = from; index < to; index++) {
                List<DomainEventMessage<?>> life = script.eventsOf(index);
                life.forEach(event -> events.add(event, serializer));
                directory.add(life);
                sample.offer(index, life);
                messages.addAll(life);
            }
            return new Chunk(events, directory, auditRows ? messages : List.of());
        });
    }

    private record Chunk(EventRows events, DirectoryRows directory, List<DomainEventMessage<?>> messages) {
    }
}

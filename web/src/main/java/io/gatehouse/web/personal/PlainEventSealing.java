package io.gatehouse.web.personal;

import io.gatehouse.record.EventTypes;
import io.gatehouse.record.StoredEventUpcasters;
import io.gatehouse.web.record.Sealer;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one-off that encrypts events stored before personal fields were sealed: each such row is read through
 * the upcasters (plain values) and written back at its current revision, sealed under its person's key; rows of
 * people erased meanwhile are written without their data. Rewriting rows changes their hashes, so the chain is
 * re-sealed from the first rewritten position and a new checkpoint signed. Run it with every instance stopped
 * (see the README, "Erasure"); it runs in one transaction, so it is all or nothing.
 */
@Component
public class PlainEventSealing {

    private static final Logger log = LoggerFactory.getLogger(PlainEventSealing.class);

    private final JdbcTemplate jdbc;
    private final Serializer events;
    private final TransactionTemplate transactions;
    private final Sealer sealer;

    PlainEventSealing(JdbcTemplate jdbc, @Qualifier("eventSerializer") Serializer events,
                      PlatformTransactionManager transactionManager, Sealer sealer) {
        this.jdbc = jdbc;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.sealer = sealer;
    }

    /** Rewrites every row not stored at its type's current name and revision; returns how many. */
    public int sealPlainEvents() {
        Integer rewritten = transactions.execute(status -> {
            // Holds off the sealer of this (and any other) instance until the rewrite has committed.
            jdbc.queryForObject("select sealed_through from event_chain_state where id = 1 for update", Long.class);
            List<Row> rows = jdbc.query("select global_index, event_identifier, aggregate_identifier, sequence_number,"
                    + " type, time_stamp, payload_type, payload_revision, payload, meta_data from domain_event_entry"
                    + " order by global_index", PlainEventSealing::row).stream().filter(this::outdated).toList();
            for (Row row : rows) {
                SerializedObject<byte[]> sealed = events.serialize(read(row), byte[].class);
                jdbc.update("update domain_event_entry set payload = ?, payload_type = ?, payload_revision = ?"
                                + " where global_index = ?", sealed.getData(), sealed.getType().getName(),
                        sealed.getType().getRevision(), row.globalIndex());
            }
            if (!rows.isEmpty()) {
                unsealFrom(rows.get(0).globalIndex());
            }
            return rows.size();
        });
        sealer.sealWithCheckpoint();
        log.warn("Sealed the personal data of {} event(s) stored in plain text; the chain was re-sealed from the"
                + " first of them and a new checkpoint signed", rewritten);
        return rewritten == null ? 0 : rewritten;
    }

    /** Stored under a class name (before aliases), or at a revision older than the type's current one. */
    private boolean outdated(Row row) {
        String name = row.entry().getPayload().getType().getName();
        Class<?> type = EventTypes.all().stream()
                .filter(candidate -> candidate.getName().equals(name) || EventTypes.storedName(candidate).equals(name))
                .findFirst().orElse(null);
        return type != null && !events.typeForClass(type).equals(row.entry().getPayload().getType());
    }

    private Object read(Row row) {
        IntermediateEventRepresentation stored = new InitialEventRepresentation(row.entry(), events);
        List<IntermediateEventRepresentation> read = StoredEventUpcasters.chain().upcast(Stream.of(stored)).toList();
        return events.deserialize(read.get(0).getData());
    }

    /** Forgets links and checkpoints from {@code globalIndex} on, so the sealer chains the rewritten rows anew. */
    private void unsealFrom(long globalIndex) {
        jdbc.update("delete from event_chain where global_index >= ?", globalIndex);
        jdbc.update("delete from event_chain_checkpoint where global_index >= ?", globalIndex);
        jdbc.update("""
                update event_chain_state s set
                    sealed_through = coalesce((select max(global_index) from event_chain), 0),
                    last_link = coalesce((select link from event_chain order by global_index desc limit 1),
                                         decode(repeat('00', 32), 'hex')),
                    event_count = (select count(*) from event_chain),
                    since_checkpoint = (select count(*) from event_chain where global_index >
                        coalesce((select max(global_index) from event_chain_checkpoint), 0)),
                    last_checkpoint_at = (select max(sealed_at) from event_chain_checkpoint),
                    gap_at = null, gap_until = null, gap_waits_for = null
                where s.id = 1""");
    }

    private record Row(long globalIndex, GenericDomainEventEntry<byte[]> entry) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong(1), new GenericDomainEventEntry<>(rs.getString(5), rs.getString(3), rs.getLong(4),
                rs.getString(2), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBytes(9), rs.getBytes(10)));
    }
}

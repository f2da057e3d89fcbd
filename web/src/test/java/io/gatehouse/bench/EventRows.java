package io.gatehouse.bench;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jpa.DomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.postgresql.PGConnection;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of domain_event_entry exactly as Axon's JPA storage engine writes them: each event becomes Axon's own
 * {@link DomainEventEntry} through the app's event serializer (aliases, sealed personal fields, metadata), and its
 * columns are sent in PostgreSQL's binary COPY format. Global indexes are given when a chunk is copied, in order.
 */
final class EventRows {

    static final String COPY = "copy domain_event_entry (global_index, event_identifier, aggregate_identifier,"
            + " sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)"
            + " from stdin (format binary)";
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};

    /** Each row's columns after global_index, encoded. */
    private final List<byte[]> rows = new ArrayList<>();

    void add(DomainEventMessage<?> event, Serializer serializer) {
        DomainEventEntry entry = new DomainEventEntry(event, serializer);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            text(out, entry.getEventIdentifier());
            text(out, entry.getAggregateIdentifier());
            out.writeInt(8);
            out.writeLong(entry.getSequenceNumber());
            text(out, entry.getType());
            text(out, DateTimeUtils.formatInstant(entry.getTimestamp()));
            text(out, entry.getPayload().getType().getName());
            text(out, entry.getPayload().getType().getRevision());
            binary(out, entry.getPayload().getData());
            binary(out, entry.getMetaData().getData());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows.add(bytes.toByteArray());
    }

    int size() {
        return rows.size();
    }

    /** Copies the rows with global indexes from {@code firstIndex} on; returns the next free index. */
    long copy(Connection connection, long firstIndex) throws SQLException, IOException {
        ByteArrayOutputStream stream = new ByteArrayOutputStream(rows.size() * 700);
        long index = firstIndex;
        try (DataOutputStream out = new DataOutputStream(stream)) {
            out.write(SIGNATURE);
            out.writeInt(0); // flags
            out.writeInt(0); // header extension
            for (byte[] row : rows) {
                out.writeShort(10);
                out.writeInt(8);
                out.writeLong(index++);
                out.write(row);
            }
            out.writeShort(-1);
        }
        connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn(COPY, new ByteArrayInputStream(stream.toByteArray()));
        return index;
    }

    private static void text(DataOutputStream out, String value) throws IOException {
        binary(out, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void binary(DataOutputStream out, byte[] value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
        } else {
            out.writeInt(value.length);
            out.write(value);
        }
    }
}

package io.gatehouse.web.record;

import io.gatehouse.verifier.ChainCheck;
import io.gatehouse.verifier.StoredEvent;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The event store's rows read with plain JDBC, exactly as stored (never through Axon), beside the chain's
 * record of them: a full join in global order, so a position with only one of the two shows up.
 */
final class StoredRows {

    static final String EVENT_COLUMNS = "global_index, event_identifier, aggregate_identifier, sequence_number, type,"
            + " time_stamp, payload_type, payload_revision, payload, meta_data";

    /** Every position in [?, ?] that holds an event or a chain record, in order. */
    static final String JOINED = "select global_index, e.event_identifier, e.aggregate_identifier, e.sequence_number,"
            + " e.type, e.time_stamp, e.payload_type, e.payload_revision, e.payload, e.meta_data, c.row_hash, c.link"
            + " from (select * from domain_event_entry where global_index between ? and ?) e"
            + " full join (select * from event_chain where global_index between ? and ?) c using (global_index)"
            + " order by global_index";

    private StoredRows() {
    }

    /** From a row of {@link #EVENT_COLUMNS} (or the first ten columns of {@link #JOINED}). */
    static StoredEvent event(ResultSet rs) throws SQLException {
        if (rs.getString(2) == null) {
            return null;
        }
        return new StoredEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getBytes(9), rs.getBytes(10));
    }

    static ChainCheck.Entry entry(ResultSet rs) throws SQLException {
        return new ChainCheck.Entry(rs.getLong(1), event(rs), rs.getBytes(11), rs.getBytes(12));
    }
}

package io.gatehouse.verifier;

/**
 * One row of Axon's {@code domain_event_entry} exactly as stored: the columns the chain covers, read as plain
 * values (never through Axon's deserializer, so a byte changed in a payload is a byte changed here).
 */
public record StoredEvent(long globalIndex, String eventIdentifier, String aggregateIdentifier, long sequenceNumber,
                          String type, String timeStamp, String payloadType, String payloadRevision,
                          byte[] payload, byte[] metaData) {

    /** The same event as if it were stored at another position: to recognise a row moved from there. */
    public StoredEvent at(long position) {
        return new StoredEvent(position, eventIdentifier, aggregateIdentifier, sequenceNumber, type, timeStamp,
                payloadType, payloadRevision, payload, metaData);
    }
}

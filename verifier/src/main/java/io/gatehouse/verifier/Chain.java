package io.gatehouse.verifier;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;

/**
 * The hash rule, written once. A row hash is SHA-256 over the canonical encoding of the stored columns; the
 * link of an event is SHA-256(link of the previous sealed event || its row hash), starting from 32 zero bytes.
 * Positions left empty for good (a rolled-back sequence value) have no link, so the chain runs over the rows
 * that exist; a row appearing later at such a position has no link and shows up as inserted.
 */
public final class Chain {

    public static final int HASH_LENGTH = 32;

    private Chain() {
    }

    /** The link before the first event. */
    public static byte[] genesis() {
        return new byte[HASH_LENGTH];
    }

    public static byte[] rowHash(StoredEvent e) {
        return new Canonical("gatehouse-event-row-v1")
                .number(e.globalIndex())
                .text(e.eventIdentifier())
                .text(e.aggregateIdentifier())
                .number(e.sequenceNumber())
                .text(e.type())
                .text(e.timeStamp())
                .text(e.payloadType())
                .text(e.payloadRevision())
                .bytes(e.payload())
                .bytes(e.metaData())
                .sha256();
    }

    public static byte[] link(byte[] previous, byte[] rowHash) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previous);
            sha.update(rowHash);
            return sha.digest();
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }

    /** What a checkpoint's signature covers: where the chain stood, how many events it held, and when. */
    public static byte[] checkpointMessage(long position, long count, byte[] link, Instant sealedAt) {
        return new Canonical("gatehouse-checkpoint-v1")
                .number(position)
                .number(count)
                .bytes(link)
                .number(sealedAt.toEpochMilli())
                .sha256();
    }
}

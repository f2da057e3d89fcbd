package io.gatehouse.verifier;

import java.time.Instant;

/**
 * The chain as it stood after the event at {@code position}, the {@code count}-th sealed event, signed with
 * the record's Ed25519 key ({@code keyId}: that key's fingerprint). Someone who rewrites events and links
 * together cannot make a new signature, so their edit shows at the next checkpoint.
 */
public record Checkpoint(long position, long count, byte[] link, Instant sealedAt, String keyId, byte[] signature) {

    public byte[] message() {
        return Chain.checkpointMessage(position, count, link, sealedAt);
    }
}

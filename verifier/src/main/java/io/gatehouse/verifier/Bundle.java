package io.gatehouse.verifier;

import java.util.List;

/**
 * An export: the events of a period in global order with their chain records, the link before the first,
 * the chain records after the last up to the checkpoint that covers it, that checkpoint (and any inside the
 * period), the public key, and an Ed25519 signature over all of it ({@link #digest}).
 */
public record Bundle(Header header, List<ChainCheck.Entry> entries, List<Record> tail, List<Checkpoint> checkpoints,
                     long unsealed, byte[] signature) {

    public static final String FORMAT = "gatehouse-export-1";

    /**
     * @param from, to          the period asked for, as typed (null: open)
     * @param precedingPosition the last sealed position before the first entry (0: none)
     */
    public record Header(String format, String exportedAt, String from, String to, Ed25519 publicKey,
                         long precedingPosition, byte[] precedingLink, long precedingCount) {
    }

    /** A chain record without its event: after the period, up to the covering checkpoint. */
    public record Record(long position, byte[] rowHash, byte[] link) {
    }

    /** What the bundle's signature covers, in this order; the writer feeds it as it streams. */
    public static final class Digest {

        private final Canonical canonical = new Canonical("gatehouse-bundle-v1");

        public Digest(Header h) {
            canonical.text(h.format()).text(h.exportedAt()).text(h.from()).text(h.to()).bytes(h.publicKey().spki())
                    .number(h.precedingPosition()).bytes(h.precedingLink()).number(h.precedingCount());
        }

        public void entry(ChainCheck.Entry e) {
            canonical.text("entry").number(e.position())
                    .bytes(e.event() == null ? null : Chain.rowHash(e.event().at(e.position())))
                    .bytes(e.rowHash()).bytes(e.link());
        }

        public void record(Record r) {
            canonical.text("tail").number(r.position()).bytes(r.rowHash()).bytes(r.link());
        }

        public void checkpoint(Checkpoint c) {
            canonical.text("checkpoint").number(c.position()).number(c.count()).bytes(c.link())
                    .number(c.sealedAt().toEpochMilli()).text(c.keyId()).bytes(c.signature());
        }

        public byte[] finish(long unsealed) {
            return canonical.text("end").number(unsealed).sha256();
        }
    }

    public byte[] digest() {
        Digest digest = new Digest(header);
        entries.forEach(digest::entry);
        tail.forEach(digest::record);
        checkpoints.forEach(digest::checkpoint);
        return digest.finish(unsealed);
    }
}

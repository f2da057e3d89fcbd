package io.gatehouse.verifier;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

import java.io.OutputStream;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Streams a bundle as JSON: header, then {@link #entry}s, then {@link #record}s, then {@link #finish}. Nothing
 * is held in memory, so a period of any size exports; the signature comes last, over what was written.
 */
public final class BundleWriter {

    private static final Base64.Encoder BASE64 = Base64.getEncoder();

    private final JsonGenerator json;
    private final Bundle.Digest digest;
    private boolean inTail;

    public BundleWriter(OutputStream out, Bundle.Header h) {
        this.json = new JsonFactory().createGenerator(ObjectWriteContext.empty(), out);
        this.digest = new Bundle.Digest(h);
        json.writeStartObject();
        json.writeStringProperty("format", h.format());
        json.writeStringProperty("exportedAt", h.exportedAt());
        json.writeStringProperty("from", h.from());
        json.writeStringProperty("to", h.to());
        json.writeStringProperty("publicKey", h.publicKey().spkiBase64());
        json.writeStringProperty("publicKeyFingerprint", h.publicKey().fingerprint());
        json.writeObjectPropertyStart("preceding");
        json.writeNumberProperty("position", h.precedingPosition());
        json.writeStringProperty("link", BASE64.encodeToString(h.precedingLink()));
        json.writeNumberProperty("count", h.precedingCount());
        json.writeEndObject();
        json.writeArrayPropertyStart("entries");
    }

    public void entry(ChainCheck.Entry e) {
        digest.entry(e);
        json.writeStartObject();
        json.writeNumberProperty("position", e.position());
        bytes("rowHash", e.rowHash());
        bytes("link", e.link());
        if (e.event() != null) {
            StoredEvent event = e.event();
            json.writeObjectPropertyStart("event");
            json.writeStringProperty("eventIdentifier", event.eventIdentifier());
            json.writeStringProperty("aggregateIdentifier", event.aggregateIdentifier());
            json.writeNumberProperty("sequenceNumber", event.sequenceNumber());
            json.writeStringProperty("type", event.type());
            json.writeStringProperty("timeStamp", event.timeStamp());
            json.writeStringProperty("payloadType", event.payloadType());
            json.writeStringProperty("payloadRevision", event.payloadRevision());
            bytes("payload", event.payload());
            bytes("metaData", event.metaData());
            json.writeEndObject();
        } else {
            json.writeNullProperty("event");
        }
        json.writeEndObject();
    }

    public void record(Bundle.Record r) {
        if (!inTail) {
            json.writeEndArray();
            json.writeArrayPropertyStart("tail");
            inTail = true;
        }
        digest.record(r);
        json.writeStartObject();
        json.writeNumberProperty("position", r.position());
        bytes("rowHash", r.rowHash());
        bytes("link", r.link());
        json.writeEndObject();
    }

    /** Writes the checkpoints and the signature {@code signer} makes over the digest, and flushes. */
    public void finish(List<Checkpoint> checkpoints, long unsealed, UnaryOperator<byte[]> signer) {
        if (!inTail) {
            json.writeEndArray();
            json.writeArrayPropertyStart("tail");
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("checkpoints");
        for (Checkpoint c : checkpoints) {
            digest.checkpoint(c);
            json.writeStartObject();
            json.writeNumberProperty("position", c.position());
            json.writeNumberProperty("count", c.count());
            bytes("link", c.link());
            json.writeStringProperty("sealedAt", c.sealedAt().toString());
            json.writeStringProperty("keyId", c.keyId());
            bytes("signature", c.signature());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeNumberProperty("unsealed", unsealed);
        bytes("signature", signer.apply(digest.finish(unsealed)));
        json.writeEndObject();
        json.flush();
    }

    private void bytes(String name, byte[] value) {
        if (value == null) {
            json.writeNullProperty(name);
        } else {
            json.writeStringProperty(name, BASE64.encodeToString(value));
        }
    }
}

package io.gatehouse.verifier;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.EdECPrivateKey;
import java.util.Base64;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Makes signed bundles the way the app does, from made-up events, for the verifier's tests. */
final class Bundles {

    final byte[] seed;
    final Ed25519 key;

    Bundles() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            seed = ((EdECPrivateKey) pair.getPrivate()).getBytes().orElseThrow();
            key = Ed25519.parse(Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static StoredEvent event(long position) {
        return new StoredEvent(position, "event-" + position, "aggregate-" + (position % 3), position, "Account",
                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(position).toString(), "io.gatehouse.Thing", "1",
                ("{\"n\":" + position + "}").getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
    }

    /** A bundle of events 1..n (skipping {@code gaps}), checkpointed at its last event, as JSON text. */
    String bundle(int n, long... gaps) {
        return write(chain(n, gaps), null);
    }

    List<ChainCheck.Entry> chain(int n, long... gaps) {
        List<ChainCheck.Entry> entries = new ArrayList<>();
        byte[] link = Chain.genesis();
        for (long p = 1; p <= n; p++) {
            long position = p;
            if (java.util.Arrays.stream(gaps).anyMatch(g -> g == position)) {
                continue;
            }
            StoredEvent e = event(p);
            byte[] rowHash = Chain.rowHash(e);
            link = Chain.link(link, rowHash);
            entries.add(new ChainCheck.Entry(p, e, rowHash, link));
        }
        return entries;
    }

    String write(List<ChainCheck.Entry> entries, UnaryOperator<byte[]> signer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BundleWriter writer = new BundleWriter(out, new Bundle.Header(Bundle.FORMAT, "2026-02-01T00:00:00Z", null,
                null, key, 0, Chain.genesis(), 0));
        entries.forEach(writer::entry);
        List<Checkpoint> checkpoints = new ArrayList<>();
        if (!entries.isEmpty()) {
            ChainCheck.Entry last = entries.get(entries.size() - 1);
            Instant at = Instant.parse("2026-01-31T00:00:00Z");
            checkpoints.add(new Checkpoint(last.position(), entries.size(), last.link(), at, key.fingerprint(),
                    Ed25519.sign(seed, Chain.checkpointMessage(last.position(), entries.size(), last.link(), at))));
        }
        writer.finish(checkpoints, 0, signer != null ? signer : digest -> Ed25519.sign(seed, digest));
        return out.toString(StandardCharsets.UTF_8);
    }
}

package io.gatehouse.verifier;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Checks a whole bundle: its chain first (to name the first bad position), then its signature. */
public final class BundleCheck {

    /** The outcome; {@code finding} is empty when intact, and {@code summary} says it in a sentence. */
    public record Result(boolean intact, Optional<Finding> finding, String summary) {
    }

    private BundleCheck() {
    }

    /** @param pinned the key the auditor trusts; null: trust the one inside the bundle */
    public static Result check(Bundle bundle, Ed25519 pinned) {
        Bundle.Header h = bundle.header();
        Ed25519 key = pinned != null ? pinned : h.publicKey();
        if (h.precedingLink() == null || h.precedingLink().length != Chain.HASH_LENGTH) {
            return bad(null, "the bundle has no valid link before its first event");
        }
        ChainCheck chain = new ChainCheck(h.precedingLink(), h.precedingPosition(), h.precedingCount(),
                bundle.checkpoints(), List.of(key), event -> origin(bundle, event));
        for (ChainCheck.Entry entry : bundle.entries()) {
            if (!chain.accept(entry)) {
                break;
            }
        }
        for (Bundle.Record record : bundle.tail()) {
            if (!chain.acceptRecord(record.position(), record.rowHash(), record.link())) {
                break;
            }
        }
        Optional<Finding> finding = chain.finish();
        if (finding.isPresent()) {
            return bad(finding.get(), "NOT intact: first bad position " + finding.get());
        }
        if (!key.verifies(bundle.digest(), bundle.signature())) {
            return bad(null, "NOT intact: the bundle's signature does not verify with key " + key.fingerprint()
                    + (pinned != null && !pinned.equals(h.publicKey()) ? " (the bundle names another key, "
                    + h.publicKey().fingerprint() + ")" : "") + ": the file was altered after export");
        }
        long events = bundle.entries().size();
        String range = events == 0 ? "" : " (positions " + bundle.entries().get(0).position() + " to "
                + bundle.entries().get(bundle.entries().size() - 1).position() + ")";
        String sealed = chain.lastCheckpoint()
                .map(c -> "; chain verified through the checkpoint at position " + c.position() + " signed "
                        + c.sealedAt() + " with key " + c.keyId())
                .orElse(events == 0 ? "" : "; no signed checkpoint covers these events, only the bundle's signature");
        String unsealed = bundle.unsealed() > 0 ? "; " + bundle.unsealed()
                + " newer events were not sealed yet and are not in the bundle" : "";
        return new Result(true, Optional.empty(), "intact: " + events + " events" + range + sealed + unsealed
                + "; bundle signed with key " + key.fingerprint());
    }

    private static Result bad(Finding finding, String summary) {
        return new Result(false, Optional.ofNullable(finding), summary);
    }

    /** The bundle's own entries are the only other positions it knows; a swap within them is recognised. */
    private static OptionalLong origin(Bundle bundle, StoredEvent event) {
        for (ChainCheck.Entry other : bundle.entries()) {
            if (other.rowHash() != null
                    && Arrays.equals(Chain.rowHash(event.at(other.position())), other.rowHash())) {
                return OptionalLong.of(other.position());
            }
        }
        return OptionalLong.empty();
    }
}

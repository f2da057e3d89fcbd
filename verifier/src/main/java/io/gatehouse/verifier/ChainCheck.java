package io.gatehouse.verifier;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Walks the chain in global order and stops at the first position that is not what was sealed. Fed one
 * position at a time (the app streams the store; the verifier reads a bundle), so both name the same first
 * bad position for the same record.
 */
public final class ChainCheck {

    /**
     * What is found at one position: the stored event (null: none is stored there) and the chain's record of
     * it (rowHash and link null: nothing was sealed there).
     */
    public record Entry(long position, StoredEvent event, byte[] rowHash, byte[] link) {
    }

    /** Where, if anywhere else, this event's content was sealed: to tell a moved row from a changed one. */
    @FunctionalInterface
    public interface Origins {
        OptionalLong sealedAt(StoredEvent event);
    }

    private final Deque<Checkpoint> checkpoints;
    private final Map<String, Ed25519> trusted;
    private final Origins origins;
    private byte[] previous;
    private long count;
    private long lastPosition;
    private Finding finding;
    private Checkpoint lastCheckpoint;

    /**
     * @param preceding      the link before the first position fed (the genesis link for the whole store)
     * @param precedingCount how many events were sealed up to there
     * @param checkpoints    the signed checkpoints that fall among the positions fed
     * @param trusted        the keys a checkpoint may be signed with
     */
    public ChainCheck(byte[] preceding, long precedingPosition, long precedingCount, Collection<Checkpoint> checkpoints,
                      Collection<Ed25519> trusted, Origins origins) {
        this.previous = preceding;
        this.lastPosition = precedingPosition;
        this.count = precedingCount;
        this.checkpoints = new ArrayDeque<>(checkpoints.stream()
                .sorted(Comparator.comparingLong(Checkpoint::position)).toList());
        this.trusted = trusted.stream().collect(Collectors.toMap(Ed25519::fingerprint, Function.identity(), (a, b) -> a));
        this.origins = origins;
    }

    /** Checks one position; false once something was found (feed no more). */
    public boolean accept(Entry entry) {
        if (finding != null) {
            return false;
        }
        long p = entry.position();
        if (!passCheckpointsBefore(p)) {
            return false;
        }
        if (p <= lastPosition) {
            return found(p, Finding.Kind.REORDERED, "out of global order: it follows position " + lastPosition);
        }
        if (entry.rowHash() == null || entry.link() == null) {
            return found(p, Finding.Kind.INSERTED, "an event is stored here but none was sealed here");
        }
        if (entry.event() == null) {
            return found(p, Finding.Kind.REMOVED, "the event sealed here is no longer stored");
        }
        if (!Arrays.equals(Chain.rowHash(entry.event()), entry.rowHash())) {
            OptionalLong origin = origins.sealedAt(entry.event());
            if (origin.isPresent() && origin.getAsLong() != p) {
                return found(p, Finding.Kind.REORDERED, "event " + entry.event().eventIdentifier()
                        + " stored here was sealed at position " + origin.getAsLong());
            }
            return found(p, Finding.Kind.CHANGED, "event " + entry.event().eventIdentifier()
                    + " differs from what was sealed here");
        }
        return follow(p, entry.rowHash(), entry.link());
    }

    /** A chain record whose event is deliberately absent (beyond an export's period, up to its checkpoint). */
    public boolean acceptRecord(long position, byte[] rowHash, byte[] link) {
        if (finding != null || !passCheckpointsBefore(position)) {
            return false;
        }
        if (position <= lastPosition) {
            return found(position, Finding.Kind.REORDERED, "out of global order: it follows position " + lastPosition);
        }
        if (rowHash == null || link == null) {
            return found(position, Finding.Kind.LINK_BROKEN, "the chain record is incomplete");
        }
        return follow(position, rowHash, link);
    }

    /** The first finding, including checkpoints that no position reached. */
    public Optional<Finding> finish() {
        passCheckpointsBefore(Long.MAX_VALUE);
        return Optional.ofNullable(finding);
    }

    public long count() {
        return count;
    }

    public long lastPosition() {
        return lastPosition;
    }

    public byte[] lastLink() {
        return previous;
    }

    /** The last checkpoint passed whose signature and link held. */
    public Optional<Checkpoint> lastCheckpoint() {
        return Optional.ofNullable(lastCheckpoint);
    }

    private boolean follow(long p, byte[] rowHash, byte[] link) {
        if (!Arrays.equals(Chain.link(previous, rowHash), link)) {
            return found(p, Finding.Kind.LINK_BROKEN, "the link recorded here does not follow from the one before"
                    + " (position " + lastPosition + "): a chain record was altered, removed or inserted");
        }
        previous = link;
        lastPosition = p;
        count++;
        if (!checkpoints.isEmpty() && checkpoints.peekFirst().position() == p) {
            return checkpoint(checkpoints.pollFirst());
        }
        return true;
    }

    private boolean checkpoint(Checkpoint c) {
        Ed25519 key = trusted.get(c.keyId());
        if (key == null) {
            return found(c.position(), Finding.Kind.CHECKPOINT, "signed with key " + c.keyId() + ", which is not trusted");
        }
        if (!key.verifies(c.message(), c.signature())) {
            return found(c.position(), Finding.Kind.CHECKPOINT, "the checkpoint's signature is not valid");
        }
        if (!Arrays.equals(c.link(), previous) || c.count() != count) {
            return found(c.position(), Finding.Kind.CHECKPOINT, "the chain up to here differs from the checkpoint signed "
                    + c.sealedAt() + " (" + c.count() + " events, link " + Base64.getEncoder().encodeToString(c.link())
                    + "): events up to here were changed along with their links");
        }
        lastCheckpoint = c;
        return true;
    }

    private boolean passCheckpointsBefore(long position) {
        while (finding == null && !checkpoints.isEmpty() && checkpoints.peekFirst().position() < position) {
            found(checkpoints.pollFirst().position(), Finding.Kind.CHECKPOINT,
                    "a checkpoint was signed here but the chain has no record at this position");
        }
        return finding == null;
    }

    private boolean found(long position, Finding.Kind kind, String detail) {
        finding = new Finding(position, kind, detail);
        return false;
    }
}

package io.gatehouse.query.replay;

/** What a rebuild tells the one who started it; every method runs in the rebuild's thread and transaction. */
public interface RebuildProgress {

    RebuildProgress NONE = new RebuildProgress() {
    };

    /** The old rows are gone in the rebuild's transaction; {@code head} is the last position it will read up to. */
    default void reset(long head) {
    }

    /** An event at {@code position} has been fed. */
    default void fed(long position) {
    }

    /** Every event is in; the transaction is about to commit. */
    default void beforeCommit() {
    }
}

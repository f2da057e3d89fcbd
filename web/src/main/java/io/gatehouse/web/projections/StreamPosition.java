package io.gatehouse.web.projections;

import java.util.OptionalLong;

/**
 * Where a streaming processor stands, as this instance can tell: from its own segments when it holds them,
 * otherwise from the token another instance stored.
 *
 * @param position    the last position processed; empty before the first event
 * @param replaying   a reset is being worked off
 * @param resetAt     during a replay, the position the replay runs up to
 * @param error       the failure the processor is retrying after, or null
 * @param owner       the instance that holds the work when it is not this one, or null
 */
record StreamPosition(OptionalLong position, boolean replaying, OptionalLong resetAt, String error, String owner) {

    /**
     * Axon keeps a replay token until the first event <em>after</em> the reset point: a replay that has worked
     * off everything stored up to it counts as finished here, though no new event has come yet.
     */
    StreamPosition {
        if (replaying && resetAt.isPresent() && position.orElse(-1) >= resetAt.getAsLong()) {
            replaying = false;
        }
    }

    boolean reached(long target) {
        return !replaying && position.orElse(-1) >= target;
    }
}

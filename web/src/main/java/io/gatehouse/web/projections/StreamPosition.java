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

    boolean reached(long target) {
        return !replaying && position.orElse(-1) >= target;
    }
}

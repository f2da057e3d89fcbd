package io.gatehouse.web.admin;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Which request the account page offers after a decision: the oldest one still waiting. The one just decided
 * is skipped, as the list may have been read before its decision reached it.
 */
final class NextPending {

    private NextPending() {
    }

    static <A> Optional<A> after(UUID decided, List<A> oldestFirst, Function<A, UUID> idOf) {
        return oldestFirst.stream().filter(a -> !idOf.apply(a).equals(decided)).findFirst();
    }
}

package io.gatehouse.record;

/**
 * Who did it, why and from where, told the same way by every event. When is the event message's
 * timestamp; which act it belongs to is {@link Correlation#of}.
 */
public interface Provenance {

    /** An account id, {@code system} or {@code anonymous} (see {@code io.gatehouse.account.Actors}). */
    String actorId();

    /** The reason the actor gave; null when none was asked for or given. */
    default String reason() {
        return null;
    }

    /** The client address the act came from; null for acts of the service itself. */
    String clientAddress();
}

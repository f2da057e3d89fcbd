package io.gatehouse.query.audit;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** What the audit reads off an event message besides its payload: its place in the store, its correlation. */
final class EventFacts {

    private EventFacts() {
    }

    /**
     * The position a streaming processor's tracking token names; null from a subscribing one. Not always the
     * event's own position: an event whose transaction committed after a later one's arrives as the gap it
     * filled, with a token at the highest position seen so far. Only a fallback (see {@link #POSITION_FROM_STORE}).
     */
    static Long trackedPosition(EventMessage<?> message) {
        if (message instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null) {
            var position = tracked.trackingToken().position();
            if (position.isPresent()) {
                return position.getAsLong();
            }
        }
        return null;
    }

    /**
     * The event's own position, from its row in the store (given the event id, then the tracked position): the
     * row is there for a streaming processor, which reads it from the store, and for a subscribing one, which
     * handles the event in the transaction that stored it. The tracked position only for an event not stored.
     */
    static final String POSITION_FROM_STORE =
            "coalesce((select global_index from domain_event_entry where event_identifier = ?), cast(? as bigint))";

    /** Axon's correlation id (MessageOriginProvider): the message that started the chain of causes. */
    static String correlation(EventMessage<?> message) {
        Object value = message.getMetaData().get("correlationId");
        return value == null ? null : value.toString();
    }

    /** The first message of the chain of causes (MessageOriginProvider's traceId). */
    static String trace(EventMessage<?> message) {
        Object value = message.getMetaData().get("traceId");
        return value == null ? null : value.toString();
    }

    static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** The account an actor id names, or null for "system", "anonymous" and anything else. */
    static UUID accountOf(String actorId) {
        if (actorId == null || actorId.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(actorId);
        } catch (IllegalArgumentException notAnAccount) {
            return null;
        }
    }
}

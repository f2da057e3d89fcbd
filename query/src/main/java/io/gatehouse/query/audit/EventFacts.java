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
     * The event's global position as a streaming processor hands it over in the tracking token; null from a
     * subscribing one, which then reads it from the store's row (see {@link #POSITION_FROM_STORE}).
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
     * A subscribing processor handles the event in the transaction that stored it, so the store's row is
     * there: this SQL expression (given the tracked position, then the event id) falls back to it.
     */
    static final String POSITION_FROM_STORE =
            "coalesce(cast(? as bigint), (select global_index from domain_event_entry where event_identifier = ?))";

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

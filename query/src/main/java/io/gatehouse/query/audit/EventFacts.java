package io.gatehouse.query.audit;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** What the audit reads off an event message besides its payload: its place in the store, its correlation. */
final class EventFacts {

    private EventFacts() {
    }

    /**
     * The event's global position. A streaming processor hands it over in the tracking token; a subscribing
     * one does not, but it handles the event in the transaction that stored it, so the store's row is there.
     */
    static Long position(EventMessage<?> message, JdbcTemplate jdbc) {
        if (message instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null) {
            var position = tracked.trackingToken().position();
            if (position.isPresent()) {
                return position.getAsLong();
            }
        }
        return jdbc.query("select global_index from domain_event_entry where event_identifier = ?",
                rs -> rs.next() ? rs.getLong(1) : null, message.getIdentifier());
    }

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

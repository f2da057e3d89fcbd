package io.gatehouse.record;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.correlation.MessageOriginProvider;

/**
 * Which act an event belongs to. Axon's {@link MessageOriginProvider} stamps every message handled in a
 * unit of work: {@code correlationId} is the message that directly caused it, {@code traceId} the first
 * message of the chain (the admin's command, or an event recorded on its own such as a sign-in). So an
 * admin's suspension and the session endings its handlers record share the traceId, not the
 * correlationId; this accessor answers the traceId.
 */
public final class Correlation {

    private Correlation() {
    }

    /**
     * The id of the act this event descends from. An event stored without origin metadata stands for
     * itself: its own identifier.
     */
    public static String of(EventMessage<?> message) {
        Object trace = message.getMetaData().get(MessageOriginProvider.getDefaultTraceKey());
        if (trace != null) {
            return trace.toString();
        }
        Object correlation = message.getMetaData().get(MessageOriginProvider.getDefaultCorrelationKey());
        return correlation != null ? correlation.toString() : message.getIdentifier();
    }

    /** The message that directly caused this one; its own identifier when it was caused by none. */
    public static String causeOf(EventMessage<?> message) {
        Object correlation = message.getMetaData().get(MessageOriginProvider.getDefaultCorrelationKey());
        return correlation != null ? correlation.toString() : message.getIdentifier();
    }
}

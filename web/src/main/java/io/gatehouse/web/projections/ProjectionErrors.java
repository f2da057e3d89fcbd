package io.gatehouse.web.projections;

import org.axonframework.eventhandling.ErrorContext;
import org.axonframework.eventhandling.ErrorHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The streaming processors' error handler: it notes which event a read model failed on and why, then lets the
 * failure through, so Axon rolls the batch back, lets go of the work and retries it a moment later. The event
 * is never skipped. Axon forgets the error between retries; this keeps it until the processor gets past the
 * event, so /admin/projections can say the model is stuck and on what.
 */
@Component
public class ProjectionErrors implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ProjectionErrors.class);

    /** Why a read model stopped, and the position of the event it stopped at. */
    record Failure(String message, long position) {
    }

    private final Map<String, Failure> failures = new ConcurrentHashMap<>();

    @Override
    public void handleError(ErrorContext context) throws Exception {
        long position = context.failedEvents().stream()
                .filter(TrackedEventMessage.class::isInstance)
                .map(e -> ((TrackedEventMessage<?>) e).trackingToken())
                .mapToLong(token -> token == null ? -1 : token.position().orElse(-1))
                .min().orElse(-1);
        String message = describe(context.error());
        if (failures.put(context.eventProcessor(), new Failure(message, position)) == null) {
            log.error("Projection {} stopped at the batch from position {} ({} events, first {}): {}; retrying",
                    context.eventProcessor(), position, context.failedEvents().size(),
                    context.failedEvents().stream().findFirst().map(EventMessage::getIdentifier).orElse("?"), message);
        }
        PropagatingErrorHandler.instance().handleError(context);
    }

    /** The failure the processor has not got past yet, given how far it has got. */
    Optional<Failure> current(String processor, long position) {
        Failure failure = failures.get(processor);
        if (failure != null && position >= failure.position()) {
            failures.remove(processor, failure);
            return Optional.empty();
        }
        return Optional.ofNullable(failure);
    }

    /** A replay starts over: a failure noted before it says nothing about the new run. */
    void forget(String processor) {
        failures.remove(processor);
    }

    static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 300 ? message.substring(0, 300) + "\u2026" : message;
    }
}

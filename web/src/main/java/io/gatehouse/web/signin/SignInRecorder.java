package io.gatehouse.web.signin;

import io.gatehouse.signin.SignInEvent;
import io.gatehouse.signin.SignInFailed;
import io.gatehouse.signin.SignInFailure;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Puts sign-in activity in the event store, each event in a unit of work and transaction of its own, with
 * whatever its handlers write (the audit trail, a new-browser mail). A refused-unchecked attempt is
 * recorded once a minute per client and account on each instance: a flood of them costs an attacker
 * nothing, and must not cost the record a row each.
 * <p>Such an event is an act of its own, not caused by a command: it is stamped with Axon's correlation
 * data as its own origin (correlationId and traceId are its identifier), and whatever its handlers
 * record descends from it, as events of a command descend from the command.
 */
@Component
public class SignInRecorder {

    private static final Duration THROTTLED_QUIET = Duration.ofMinutes(1);
    private static final int REMEMBERED = 10_000;

    private final EventGateway events;
    private final TransactionManager transactions;
    private final ObjectProvider<CorrelationDataProvider> correlationData;
    private final Map<String, Long> throttledRecorded = new ConcurrentHashMap<>();

    SignInRecorder(EventGateway events, TransactionManager transactions,
                   ObjectProvider<CorrelationDataProvider> correlationData) {
        this.events = events;
        this.transactions = transactions;
        this.correlationData = correlationData;
    }

    /** Records the event; must not be called from inside another unit of work (an event handler). */
    public void record(SignInEvent event) {
        EventMessage<SignInEvent> message = GenericEventMessage.asEventMessage(event);
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(message);
        correlationData.orderedStream().forEach(unitOfWork::registerCorrelationDataProvider);
        unitOfWork.attachTransaction(transactions);
        unitOfWork.execute(() -> events.publish(message.andMetaData(unitOfWork.getCorrelationData())));
    }

    void failed(SignInFailed event, String clientGroup) {
        if (event.cause() == SignInFailure.THROTTLED && recentlyRecorded(clientGroup + "|" + event.accountId())) {
            return;
        }
        record(event);
    }

    private boolean recentlyRecorded(String key) {
        long now = System.nanoTime();
        if (throttledRecorded.size() > REMEMBERED) {
            throttledRecorded.clear();
        }
        Long before = throttledRecorded.put(key, now);
        if (before != null && now - before < THROTTLED_QUIET.toNanos()) {
            throttledRecorded.put(key, before); // keep the start of the quiet minute
            return true;
        }
        return false;
    }
}

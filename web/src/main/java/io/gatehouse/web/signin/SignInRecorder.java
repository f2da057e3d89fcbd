package io.gatehouse.web.signin;

import io.gatehouse.signin.SignInEvent;
import io.gatehouse.signin.SignInFailed;
import io.gatehouse.signin.SignInFailure;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Puts sign-in activity in the event store, each event in a unit of work and transaction of its own, with
 * whatever its handlers write (the audit trail, a new-browser mail). A refused-unchecked attempt is
 * recorded once a minute per client and account on each instance: a flood of them costs an attacker
 * nothing, and must not cost the record a row each.
 */
@Component
public class SignInRecorder {

    private static final Duration THROTTLED_QUIET = Duration.ofMinutes(1);
    private static final int REMEMBERED = 10_000;

    private final EventGateway events;
    private final TransactionManager transactions;
    private final Map<String, Long> throttledRecorded = new ConcurrentHashMap<>();

    SignInRecorder(EventGateway events, TransactionManager transactions) {
        this.events = events;
        this.transactions = transactions;
    }

    /** Records the event; must not be called from inside another unit of work (an event handler). */
    public void record(SignInEvent event) {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(transactions);
        unitOfWork.execute(() -> events.publish(event));
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

package io.gatehouse.query.audit;

import io.gatehouse.account.AccountEvent;
import io.gatehouse.account.AccountRegistered;
import io.gatehouse.account.AccountState;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.Collections;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Answers "what was true at that instant" by replaying the account's own events from the event store,
 * not from a projection, so the answer cannot drift from the record. It steps through the same fold
 * ({@link AccountState}) as the aggregate and the account directory.
 */
@Service
public class AccountTimeline {

    /** The storage engine, not the event store: the store would start from a command's snapshot. */
    private final EventStorageEngine storage;

    AccountTimeline(EventStorageEngine storage) {
        this.storage = storage;
    }

    /** Empty when the event store holds no account with this id. */
    public Optional<AccountStateAt> findStateAt(UUID accountId, Instant at) {
        DomainEventStream stream = storage.readEvents(accountId.toString());
        AccountState state = AccountState.none();
        Instant lastChange = null;
        int applied = 0;
        boolean isAccount = false;
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            isAccount |= message.getPayload() instanceof AccountRegistered;
            if (!message.getTimestamp().isAfter(at) && message.getPayload() instanceof AccountEvent event) {
                state = state.after(event);
                lastChange = message.getTimestamp();
                applied++;
            }
        }
        // Another aggregate's id (a document's) is not an account, whatever its events say.
        if (!isAccount) {
            return Optional.empty();
        }
        return Optional.of(new AccountStateAt(accountId, at, applied > 0, state.email(), state.displayName(),
                state.status(), Collections.unmodifiableSet(new TreeSet<>(state.roles())), state.statusReason(),
                lastChange, applied));
    }
}

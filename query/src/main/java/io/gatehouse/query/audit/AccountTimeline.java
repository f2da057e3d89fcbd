package io.gatehouse.query.audit;

import io.gatehouse.account.AccountApproved;
import io.gatehouse.account.AccountEvent;
import io.gatehouse.account.AccountRegistered;
import io.gatehouse.account.AccountRejected;
import io.gatehouse.account.AccountReinstated;
import io.gatehouse.account.AccountStatus;
import io.gatehouse.account.AccountSuspended;
import io.gatehouse.account.Role;
import io.gatehouse.account.RoleGranted;
import io.gatehouse.account.RoleRevoked;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Answers "what was true at that instant" by replaying the account's own events from the event store,
 * not from a projection, so the answer cannot drift from the record.
 */
@Service
public class AccountTimeline {

    private final EventStore eventStore;

    AccountTimeline(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** Empty when the event store holds no account with this id. */
    public Optional<AccountStateAt> findStateAt(UUID accountId, Instant at) {
        DomainEventStream stream = eventStore.readEvents(accountId.toString());
        if (!stream.hasNext()) {
            return Optional.empty();
        }
        Fold fold = new Fold();
        boolean isAccount = false;
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            isAccount |= event.getPayload() instanceof AccountRegistered;
            if (!event.getTimestamp().isAfter(at) && event.getPayload() instanceof AccountEvent) {
                fold.apply(event.getPayload(), event.getTimestamp());
            }
        }
        // Another aggregate's id (a document's) is not an account, whatever its events say.
        return isAccount ? Optional.of(fold.toState(accountId, at)) : Optional.empty();
    }

    /** The same state changes the aggregate makes, with none of its rules: the record is already decided. */
    private static final class Fold {
        private String email;
        private String displayName;
        private AccountStatus status;
        private final Set<Role> roles = EnumSet.noneOf(Role.class);
        private String reason;
        private Instant lastChange;
        private int applied;

        void apply(Object event, Instant when) {
            if (event instanceof AccountRegistered e) {
                email = e.email();
                displayName = e.displayName();
                status = AccountStatus.PENDING;
            } else if (event instanceof AccountApproved e) {
                status = AccountStatus.ACTIVE;
                roles.add(e.grantedRole());
                reason = e.reason();
            } else if (event instanceof AccountRejected e) {
                status = AccountStatus.REJECTED;
                reason = e.reason();
            } else if (event instanceof AccountSuspended e) {
                status = AccountStatus.SUSPENDED;
                reason = e.reason();
            } else if (event instanceof AccountReinstated e) {
                status = AccountStatus.ACTIVE;
                reason = e.reason();
            } else if (event instanceof RoleGranted e) {
                roles.add(e.role());
            } else if (event instanceof RoleRevoked e) {
                roles.remove(e.role());
            }
            lastChange = when;
            applied++;
        }

        AccountStateAt toState(UUID accountId, Instant at) {
            return new AccountStateAt(accountId, at, applied > 0, email, displayName, status,
                    Collections.unmodifiableSet(new TreeSet<>(roles)), reason, lastChange, applied);
        }
    }
}

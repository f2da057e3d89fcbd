package io.gatehouse.it;

import io.gatehouse.account.AccountApproved;
import io.gatehouse.account.AccountErased;
import io.gatehouse.account.AccountRegistered;
import io.gatehouse.account.AccountReinstated;
import io.gatehouse.account.AccountRejected;
import io.gatehouse.account.AccountSuspended;
import io.gatehouse.account.EmailConfirmed;
import io.gatehouse.account.RegistrationExpired;
import io.gatehouse.account.RequestWithdrawn;
import io.gatehouse.account.Role;
import io.gatehouse.account.RoleGranted;
import io.gatehouse.account.RoleRevoked;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The account states and transitions of docs/contract.md ("Roles and account states"), written out plainly
 * and apart from the app's own fold, to check that a recorded history is a path the contract allows.
 */
public final class ContractStateMachine {

    public enum State { UNVERIFIED, PENDING, ACTIVE, REJECTED, SUSPENDED, EXPIRED, WITHDRAWN, ERASED }

    /** Where an account stands after a history: its state and the roles it holds. */
    public record Standing(State state, Set<Role> roles) {

        public boolean isActiveAdmin() {
            return state == State.ACTIVE && roles.contains(Role.ADMIN);
        }
    }

    private ContractStateMachine() {
    }

    /**
     * Replays an account's events from its first; throws an AssertionError naming the first event the contract
     * does not allow from where the account stood. Events that change neither state nor roles (second factor,
     * password, profile) are passed over.
     */
    public static Standing replay(List<?> events) {
        State state = null;
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (int i = 0; i < events.size(); i++) {
            Object event = events.get(i);
            State before = state;
            if (event instanceof AccountRegistered registered) {
                require(state == null, i, event, before);
                state = registered.confirmationRequired() ? State.UNVERIFIED : State.PENDING;
            } else if (event instanceof EmailConfirmed) {
                state = step(state, State.UNVERIFIED, State.PENDING, i, event);
            } else if (event instanceof RegistrationExpired) {
                state = step(state, State.UNVERIFIED, State.EXPIRED, i, event);
            } else if (event instanceof AccountApproved approved) {
                state = step(state, State.PENDING, State.ACTIVE, i, event);
                roles.add(approved.grantedRole());
            } else if (event instanceof AccountRejected) {
                state = step(state, State.PENDING, State.REJECTED, i, event);
            } else if (event instanceof RequestWithdrawn) {
                state = step(state, State.PENDING, State.WITHDRAWN, i, event);
            } else if (event instanceof AccountSuspended) {
                state = step(state, State.ACTIVE, State.SUSPENDED, i, event);
            } else if (event instanceof AccountReinstated) {
                state = step(state, State.SUSPENDED, State.ACTIVE, i, event);
            } else if (event instanceof AccountErased) {
                require(state != null && state != State.ERASED, i, event, before);
                state = State.ERASED;
            } else if (event instanceof RoleGranted granted) {
                require((state == State.ACTIVE || state == State.SUSPENDED) && !roles.contains(granted.role()),
                        i, event, before);
                roles.add(granted.role());
            } else if (event instanceof RoleRevoked revoked) {
                require((state == State.ACTIVE || state == State.SUSPENDED) && roles.contains(revoked.role()),
                        i, event, before);
                roles.remove(revoked.role());
            } else {
                require(state != null, i, event, before);
            }
        }
        return new Standing(state, Set.copyOf(roles));
    }

    private static State step(State state, State from, State to, int position, Object event) {
        require(state == from, position, event, state);
        return to;
    }

    private static void require(boolean allowed, int position, Object event, State state) {
        if (!allowed) {
            throw new AssertionError("Event " + position + " (" + event.getClass().getSimpleName()
                    + ") is not a transition the contract allows from " + state + ": " + event);
        }
    }
}

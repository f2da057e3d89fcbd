package io.gatehouse.command.account;

import io.gatehouse.account.AccountApproved;
import io.gatehouse.account.AccountRegistered;
import io.gatehouse.account.AccountRejected;
import io.gatehouse.account.AccountReinstated;
import io.gatehouse.account.AccountStatus;
import io.gatehouse.account.AccountSuspended;
import io.gatehouse.account.Actors;
import io.gatehouse.account.ApproveAccount;
import io.gatehouse.account.GrantRole;
import io.gatehouse.account.RegisterAccount;
import io.gatehouse.account.ReinstateAccount;
import io.gatehouse.account.RejectAccount;
import io.gatehouse.account.RevokeRole;
import io.gatehouse.account.Role;
import io.gatehouse.account.RoleGranted;
import io.gatehouse.account.RoleRevoked;
import io.gatehouse.account.SuspendAccount;
import io.gatehouse.command.CommandRefusedException;
import io.gatehouse.command.Reasons;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One person's account: its state and roles, and the rules for changing them. */
@Aggregate
public class Account {

    @AggregateIdentifier
    private UUID accountId;
    private AccountStatus status;
    private Role requestedRole;
    private final Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Account() {
        // for Axon's event sourcing
    }

    /** Created through {@link AccountRegistrationHandler}, which first checks the e-mail is free. */
    Account(RegisterAccount command) {
        apply(new AccountRegistered(command.accountId(), Actors.normalizeEmail(command.email()),
                command.displayName().strip(), blankToNull(command.organization()), command.requestedRole(),
                command.actorId(), command.clientAddress()));
    }

    @CommandHandler
    void handle(ApproveAccount command) {
        requireStatus(AccountStatus.PENDING, "approve");
        apply(new AccountApproved(accountId, requestedRole, Reasons.optional(command.reason()),
                command.actorId(), command.clientAddress()));
    }

    @CommandHandler
    void handle(RejectAccount command) {
        String reason = Reasons.required(command.reason(), "reject");
        requireNotOwnAccount(command.actorId(), "reject");
        requireStatus(AccountStatus.PENDING, "reject");
        apply(new AccountRejected(accountId, reason, command.actorId(), command.clientAddress()));
    }

    @CommandHandler
    void handle(SuspendAccount command, AccountRegistry registry) {
        String reason = Reasons.required(command.reason(), "suspend");
        requireNotOwnAccount(command.actorId(), "suspend");
        requireStatus(AccountStatus.ACTIVE, "suspend");
        if (roles.contains(Role.ADMIN)) {
            requireNotLastActiveAdmin(registry, "suspended");
        }
        apply(new AccountSuspended(accountId, reason, command.actorId(), command.clientAddress()));
    }

    @CommandHandler
    void handle(ReinstateAccount command) {
        String reason = Reasons.required(command.reason(), "reinstate");
        requireStatus(AccountStatus.SUSPENDED, "reinstate");
        apply(new AccountReinstated(accountId, reason, command.actorId(), command.clientAddress()));
    }

    @CommandHandler
    void handle(GrantRole command) {
        String reason = Reasons.optional(command.reason());
        Role role = requireRole(command.role());
        requireRolesChangeable("grant a role to");
        if (roles.contains(role)) {
            throw CommandRefusedException.conflict("The account already holds the " + role + " role.");
        }
        apply(new RoleGranted(accountId, role, reason, command.actorId(), command.clientAddress()));
    }

    @CommandHandler
    void handle(RevokeRole command, AccountRegistry registry) {
        String reason = Reasons.required(command.reason(), "revoke a role from");
        Role role = requireRole(command.role());
        requireNotOwnAccount(command.actorId(), "revoke a role from");
        requireRolesChangeable("revoke a role from");
        if (!roles.contains(role)) {
            throw CommandRefusedException.conflict("The account does not hold the " + role + " role.");
        }
        if (role == Role.ADMIN && status == AccountStatus.ACTIVE) {
            requireNotLastActiveAdmin(registry, "stripped of the ADMIN role");
        }
        apply(new RoleRevoked(accountId, role, reason, command.actorId(), command.clientAddress()));
    }

    private void requireStatus(AccountStatus expected, String act) {
        if (status != expected) {
            throw CommandRefusedException.conflict("You can only " + act + " an account that is " + expected
                    + "; this account is " + status + ".");
        }
    }

    private void requireNotOwnAccount(String actorId, String act) {
        if (Actors.isAccount(actorId, accountId)) {
            throw CommandRefusedException.conflict("You cannot " + act + " your own account.");
        }
    }

    private void requireRolesChangeable(String act) {
        if (status != AccountStatus.ACTIVE && status != AccountStatus.SUSPENDED) {
            throw CommandRefusedException.conflict("You can only " + act + " an ACTIVE or SUSPENDED account;"
                    + " this account is " + status + ".");
        }
    }

    private void requireNotLastActiveAdmin(AccountRegistry registry, String what) {
        if (!registry.anotherActiveAdminExists(accountId)) {
            throw CommandRefusedException.conflict("This is the last active admin; it cannot be " + what
                    + ". Make another account an active admin first.");
        }
    }

    private static Role requireRole(Role role) {
        if (role == null) {
            throw CommandRefusedException.invalid("Choose a role.");
        }
        return role;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @EventSourcingHandler
    void on(AccountRegistered event) {
        accountId = event.accountId();
        requestedRole = event.requestedRole();
        status = AccountStatus.PENDING;
    }

    @EventSourcingHandler
    void on(AccountApproved event) {
        status = AccountStatus.ACTIVE;
        roles.add(event.grantedRole());
    }

    @EventSourcingHandler
    void on(AccountRejected event) {
        status = AccountStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(AccountSuspended event) {
        status = AccountStatus.SUSPENDED;
    }

    @EventSourcingHandler
    void on(AccountReinstated event) {
        status = AccountStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(RoleGranted event) {
        roles.add(event.role());
    }

    @EventSourcingHandler
    void on(RoleRevoked event) {
        roles.remove(event.role());
    }
}

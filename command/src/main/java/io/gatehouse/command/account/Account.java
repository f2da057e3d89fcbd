package io.gatehouse.command.account;

import io.gatehouse.account.AccountApproved;
import io.gatehouse.account.AccountEvent;
import io.gatehouse.account.AccountRegistered;
import io.gatehouse.account.AccountRejected;
import io.gatehouse.account.AccountReinstated;
import io.gatehouse.account.AccountState;
import io.gatehouse.account.AccountStatus;
import io.gatehouse.account.AccountSuspended;
import io.gatehouse.account.Actors;
import io.gatehouse.account.ApproveAccount;
import io.gatehouse.account.ChangePassword;
import io.gatehouse.account.ConfirmEmail;
import io.gatehouse.account.EmailAddress;
import io.gatehouse.account.EmailConfirmed;
import io.gatehouse.account.EnrolSecondFactor;
import io.gatehouse.account.ExpireRegistration;
import io.gatehouse.account.GrantRole;
import io.gatehouse.account.PasswordChanged;
import io.gatehouse.account.PasswordReset;
import io.gatehouse.account.RegisterAccount;
import io.gatehouse.account.RegistrationExpired;
import io.gatehouse.account.ReinstateAccount;
import io.gatehouse.account.RejectAccount;
import io.gatehouse.account.ResetPassword;
import io.gatehouse.account.ResetSecondFactor;
import io.gatehouse.account.RevokeRole;
import io.gatehouse.account.Role;
import io.gatehouse.account.RoleGranted;
import io.gatehouse.account.RoleRevoked;
import io.gatehouse.account.SecondFactorEnrolled;
import io.gatehouse.account.SecondFactorReset;
import io.gatehouse.account.SuspendAccount;
import io.gatehouse.command.CommandRefusedException;
import io.gatehouse.command.Reasons;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One person's account: its state and roles, and the rules for changing them. */
@Aggregate
public class Account {

    /** How long a new account waits for its owner to confirm the address before it lapses. */
    public static final Duration CONFIRMATION_DEADLINE = Duration.ofHours(48);

    @AggregateIdentifier
    private UUID accountId;
    private AccountState state = AccountState.none();
    private Instant registeredAt;

    protected Account() {
        // for Axon's event sourcing
    }

    /** Created through {@link AccountRegistrationHandler}, which first checks the address is free. */
    Account(RegisterAccount command, boolean confirmationRequired) {
        apply(new AccountRegistered(command.accountId(), EmailAddress.normalize(command.email()),
                command.displayName().strip(), blankToNull(command.organization()), command.requestedRole(),
                confirmationRequired, command.actorId(), command.clientAddress()));
    }

    @CommandHandler
    void handle(ConfirmEmail command, TokenStore tokens) {
        if (state.status() != AccountStatus.UNVERIFIED) {
            throw CommandRefusedException.conflict(state.status() == AccountStatus.EXPIRED
                    ? "This sign-up lapsed before it was confirmed; please sign up again."
                    : "This address is already confirmed.");
        }
        requireToken(tokens, command.tokenHash(), TokenPurpose.CONFIRM_EMAIL);
        apply(new EmailConfirmed(accountId, Actors.of(accountId), command.clientAddress()));
    }

    @CommandHandler
    void handle(ExpireRegistration command) {
        requireStatus(AccountStatus.UNVERIFIED, "expire");
        if (!confirmationDeadlinePassed(command.asOf())) {
            throw CommandRefusedException.conflict("This account still has time to confirm its address.");
        }
        apply(new RegistrationExpired(accountId, Actors.SYSTEM, null));
    }

    @CommandHandler
    void handle(ApproveAccount command) {
        requireStatus(AccountStatus.PENDING, "approve");
        apply(new AccountApproved(accountId, state.requestedRole(), Reasons.optional(command.reason()),
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
        if (state.holds(Role.ADMIN)) {
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
        if (state.holds(role)) {
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
        if (!state.holds(role)) {
            throw CommandRefusedException.conflict("The account does not hold the " + role + " role.");
        }
        if (role == Role.ADMIN && state.status() == AccountStatus.ACTIVE) {
            requireNotLastActiveAdmin(registry, "stripped of the ADMIN role");
        }
        apply(new RoleRevoked(accountId, role, reason, command.actorId(), command.clientAddress()));
    }

    @CommandHandler
    void handle(ChangePassword command, CredentialStore credentials) {
        requireCanSignIn("change the password of");
        requirePasswordHash(command.passwordHash());
        credentials.replace(accountId, command.passwordHash());
        apply(new PasswordChanged(accountId, command.actorId(), command.clientAddress()));
    }

    @CommandHandler
    void handle(ResetPassword command, TokenStore tokens, CredentialStore credentials) {
        requireCanSignIn("reset the password of");
        requirePasswordHash(command.passwordHash());
        requireToken(tokens, command.tokenHash(), TokenPurpose.RESET_PASSWORD);
        credentials.replace(accountId, command.passwordHash());
        apply(new PasswordReset(accountId, Actors.of(accountId), command.clientAddress()));
    }

    @CommandHandler
    void handle(EnrolSecondFactor command, SecondFactorStore secondFactors) {
        requireCanSignIn("set up a second factor for");
        if (state.secondFactorEnrolled()) {
            throw CommandRefusedException.conflict("This account already has a second factor.");
        }
        if (command.encryptedSecret() == null || command.encryptedSecret().length == 0
                || command.recoveryCodeHashes() == null || command.recoveryCodeHashes().isEmpty()) {
            throw CommandRefusedException.invalid("A second factor needs its secret and its recovery codes.");
        }
        secondFactors.enrol(accountId, command.encryptedSecret(), command.recoveryCodeHashes());
        apply(new SecondFactorEnrolled(accountId, Actors.of(accountId), command.clientAddress()));
    }

    @CommandHandler
    void handle(ResetSecondFactor command) {
        String reason = Reasons.required(command.reason(), "reset the second factor of");
        requireNotOwnAccount(command.actorId(), "reset the second factor of");
        if (!state.secondFactorEnrolled()) {
            throw CommandRefusedException.conflict("This account has no second factor to reset.");
        }
        apply(new SecondFactorReset(accountId, reason, command.actorId(), command.clientAddress()));
    }

    /** The rule behind {@link ExpireRegistration}: 48 hours without a confirmation. */
    boolean confirmationDeadlinePassed(Instant asOf) {
        return asOf != null && !registeredAt.plus(CONFIRMATION_DEADLINE).isAfter(asOf);
    }

    private void requireStatus(AccountStatus expected, String act) {
        if (state.status() != expected) {
            throw CommandRefusedException.conflict("You can only " + act + " an account that is " + expected
                    + "; this account is " + state.status() + ".");
        }
    }

    private void requireCanSignIn(String act) {
        if (!state.status().canSignIn()) {
            throw CommandRefusedException.conflict("You cannot " + act + " an account that is " + state.status() + ".");
        }
    }

    private void requireNotOwnAccount(String actorId, String act) {
        if (Actors.isAccount(actorId, accountId)) {
            throw CommandRefusedException.conflict("You cannot " + act + " your own account.");
        }
    }

    private void requireRolesChangeable(String act) {
        AccountStatus status = state.status();
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

    private void requireToken(TokenStore tokens, String tokenHash, TokenPurpose purpose) {
        if (tokenHash == null || !tokens.consume(tokenHash, purpose, accountId)) {
            throw CommandRefusedException.invalid("This link has been used already or is no longer valid.");
        }
    }

    private static void requirePasswordHash(String passwordHash) {
        if (passwordHash == null || passwordHash.isBlank()) {
            throw CommandRefusedException.invalid("A password is required.");
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
    void on(AccountEvent event, @Timestamp Instant at) {
        if (event instanceof AccountRegistered registered) {
            accountId = registered.accountId();
            registeredAt = at;
        }
        state = state.after(event);
    }
}

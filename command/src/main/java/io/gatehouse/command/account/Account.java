package io.gatehouse.command.account;

import io.gatehouse.command.Snapshots;
import io.gatehouse.account.AccountApproved;
import io.gatehouse.account.ApiScope;
import io.gatehouse.account.ApiTokenIssued;
import io.gatehouse.account.ApiTokenRevoked;
import io.gatehouse.account.ClearExportLimits;
import io.gatehouse.account.ExportLimits;
import io.gatehouse.account.ExportLimitsCleared;
import io.gatehouse.account.ExportLimitsSet;
import io.gatehouse.account.IssueApiToken;
import io.gatehouse.account.RevokeApiToken;
import io.gatehouse.account.SetExportLimits;
import io.gatehouse.account.AccountDetailsChanged;
import io.gatehouse.account.AccountErased;
import io.gatehouse.account.AccountEvent;
import io.gatehouse.account.AccountRegistered;
import io.gatehouse.account.AccountReinstated;
import io.gatehouse.account.AccountRejected;
import io.gatehouse.account.AccountState;
import io.gatehouse.account.AccountStatus;
import io.gatehouse.account.AccountSuspended;
import io.gatehouse.account.Actors;
import io.gatehouse.account.ApproveAccount;
import io.gatehouse.account.ChangeAccountDetails;
import io.gatehouse.account.ChangePassword;
import io.gatehouse.account.ConfirmEmail;
import io.gatehouse.account.EmailAddress;
import io.gatehouse.account.EmailConfirmed;
import io.gatehouse.account.EnrolSecondFactor;
import io.gatehouse.account.EraseAccount;
import io.gatehouse.account.ExpireRegistration;
import io.gatehouse.account.GrantRole;
import io.gatehouse.account.PasswordChanged;
import io.gatehouse.account.PasswordReset;
import io.gatehouse.account.RegisterAccount;
import io.gatehouse.account.RegistrationExpired;
import io.gatehouse.account.RequestWithdrawn;
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
import io.gatehouse.account.WithdrawRequest;
import io.gatehouse.command.CommandRefusedException;
import io.gatehouse.command.Reasons;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import static io.gatehouse.command.account.AccountRules.requireCanSignIn;
import static io.gatehouse.command.account.AccountRules.requireNotLastActiveAdmin;
import static io.gatehouse.command.account.AccountRules.requireNotOwnAccount;
import static io.gatehouse.command.account.AccountRules.requireOptionalText;
import static io.gatehouse.command.account.AccountRules.requireOwnAccount;
import static io.gatehouse.command.account.AccountRules.requirePasswordHash;
import static io.gatehouse.command.account.AccountRules.requireRole;
import static io.gatehouse.command.account.AccountRules.requireRolesChangeable;
import static io.gatehouse.command.account.AccountRules.requireStatus;
import static io.gatehouse.command.account.AccountRules.requireText;
import static io.gatehouse.command.account.AccountRules.requireToken;
import static io.gatehouse.command.account.AccountRules.requireWithdrawable;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One person's account: its state and roles, and the rules for changing them. */
@Aggregate(snapshotTriggerDefinition = Snapshots.TRIGGER)
public class Account {

    /** How long a new account waits for its owner to confirm the address before it lapses. */
    public static final Duration CONFIRMATION_DEADLINE = Duration.ofHours(48);

    @AggregateIdentifier
    private UUID accountId;
    private AccountState state = AccountState.none();
    private Instant registeredAt;
    /** Immutable, as every field here: an in-memory snapshot is a shallow copy. */
    private Set<UUID> liveTokens = Set.of();
    private ExportLimits exportLimits;

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
        requireToken(tokens, command.tokenHash(), TokenPurpose.CONFIRM_EMAIL, accountId);
        apply(new EmailConfirmed(accountId, Actors.of(accountId), command.clientAddress()));
    }

    @CommandHandler
    void handle(ExpireRegistration command) {
        requireStatus(state, AccountStatus.UNVERIFIED, "expire");
        if (!confirmationDeadlinePassed(command.asOf())) {
            throw CommandRefusedException.conflict("This account still has time to confirm its address.");
        }
        apply(new RegistrationExpired(accountId, Actors.SYSTEM, null));
    }

    @CommandHandler
    void handle(ApproveAccount command) {
        requireStatus(state, AccountStatus.PENDING, "approve");
        apply(new AccountApproved(accountId, state.requestedRole(), Reasons.optional(command.reason()),
                command.actorId(), command.clientAddress()));
    }

    @CommandHandler
    void handle(RejectAccount command) {
        String reason = Reasons.required(command.reason(), "reject");
        requireNotOwnAccount(accountId, command.actorId(), "reject");
        requireStatus(state, AccountStatus.PENDING, "reject");
        apply(new AccountRejected(accountId, reason, command.actorId(), command.clientAddress()));
    }

    @CommandHandler
    void handle(SuspendAccount command, AccountRegistry registry) {
        String reason = Reasons.required(command.reason(), "suspend");
        requireNotOwnAccount(accountId, command.actorId(), "suspend");
        requireStatus(state, AccountStatus.ACTIVE, "suspend");
        if (state.holds(Role.ADMIN)) {
            requireNotLastActiveAdmin(registry, accountId, "suspended");
        }
        apply(new AccountSuspended(accountId, reason, command.actorId(), command.clientAddress()));
    }

    @CommandHandler
    void handle(ReinstateAccount command) {
        String reason = Reasons.required(command.reason(), "reinstate");
        requireStatus(state, AccountStatus.SUSPENDED, "reinstate");
        apply(new AccountReinstated(accountId, reason, command.actorId(), command.clientAddress()));
    }

    @CommandHandler
    void handle(GrantRole command) {
        String reason = Reasons.optional(command.reason());
        Role role = requireRole(command.role());
        requireRolesChangeable(state, "grant a role to");
        if (state.holds(role)) {
            throw CommandRefusedException.conflict("The account already holds the " + role + " role.");
        }
        apply(new RoleGranted(accountId, role, reason, command.actorId(), command.clientAddress()));
    }

    @CommandHandler
    void handle(RevokeRole command, AccountRegistry registry) {
        String reason = Reasons.required(command.reason(), "revoke a role from");
        Role role = requireRole(command.role());
        requireNotOwnAccount(accountId, command.actorId(), "revoke a role from");
        requireRolesChangeable(state, "revoke a role from");
        if (!state.holds(role)) {
            throw CommandRefusedException.conflict("The account does not hold the " + role + " role.");
        }
        if (role == Role.ADMIN && state.status() == AccountStatus.ACTIVE) {
            requireNotLastActiveAdmin(registry, accountId, "stripped of the ADMIN role");
        }
        apply(new RoleRevoked(accountId, role, reason, command.actorId(), command.clientAddress()));
    }

    /** Returns whether anything changed: the same name and organization again record nothing. */
    @CommandHandler
    boolean handle(ChangeAccountDetails command) {
        requireOwnAccount(accountId, command.actorId(), "change the account's details");
        requireCanSignIn(state, "change the details of");
        requireText(command.displayName(), "A display name", AccountRegistrationHandler.MAX_NAME);
        requireOptionalText(command.organization(), "An organization", AccountRegistrationHandler.MAX_ORGANIZATION);
        String displayName = command.displayName().strip();
        String organization = blankToNull(command.organization());
        if (!detailsDiffer(displayName, organization)) {
            return false;
        }
        apply(new AccountDetailsChanged(accountId, displayName, organization, command.actorId(),
                command.clientAddress()));
        return true;
    }

    @CommandHandler
    void handle(WithdrawRequest command) {
        requireOwnAccount(accountId, command.actorId(), "withdraw the request");
        String reason = Reasons.optional(command.reason());
        requireWithdrawable(state);
        apply(new RequestWithdrawn(accountId, reason, command.actorId(), command.clientAddress()));
    }

    @CommandHandler
    void handle(ChangePassword command, CredentialStore credentials) {
        requireCanSignIn(state, "change the password of");
        requirePasswordHash(command.passwordHash());
        credentials.replace(accountId, command.passwordHash());
        apply(new PasswordChanged(accountId, command.actorId(), command.clientAddress()));
    }

    @CommandHandler
    void handle(ResetPassword command, TokenStore tokens, CredentialStore credentials) {
        requireCanSignIn(state, "reset the password of");
        requirePasswordHash(command.passwordHash());
        requireToken(tokens, command.tokenHash(), TokenPurpose.RESET_PASSWORD, accountId);
        credentials.replace(accountId, command.passwordHash());
        apply(new PasswordReset(accountId, Actors.of(accountId), command.clientAddress()));
    }

    @CommandHandler
    void handle(EnrolSecondFactor command, SecondFactorStore secondFactors) {
        requireCanSignIn(state, "set up a second factor for");
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
        requireNotOwnAccount(accountId, command.actorId(), "reset the second factor of");
        if (!state.secondFactorEnrolled()) {
            throw CommandRefusedException.conflict("This account has no second factor to reset.");
        }
        apply(new SecondFactorReset(accountId, reason, command.actorId(), command.clientAddress()));
    }

    @CommandHandler
    void handle(IssueApiToken command, ApiTokenStore apiTokens) {
        requireOwnAccount(accountId, command.actorId(), "make an API token for");
        requireStatus(state, AccountStatus.ACTIVE, "make an API token for");
        String name = ApiTokenRules.requireName(command.name());
        Set<ApiScope> scopes = ApiTokenRules.requireScopesWithin(command.scopes(), state.roles());
        ApiTokenRules.requireExpiry(command.issuedAt(), command.expiresAt());
        ApiTokenRules.requireRoomForAnother(apiTokens.usableCount(accountId, command.issuedAt()));
        apiTokens.issue(new ApiTokenStore.StoredToken(command.tokenId(), accountId, name, command.publicPrefix(),
                command.secretHash(), scopes, command.issuedAt(), command.expiresAt(), null, null));
        apply(new ApiTokenIssued(accountId, command.tokenId(), name, ApiScope.codes(scopes), command.expiresAt(),
                command.actorId(), command.clientAddress()));
    }

    @CommandHandler
    void handle(RevokeApiToken command, ApiTokenStore apiTokens, Clock clock) {
        requireOwnAccount(accountId, command.actorId(), "revoke an API token of");
        if (!liveTokens.contains(command.tokenId()) || !apiTokens.revoke(accountId, command.tokenId(), clock.instant())) {
            throw CommandRefusedException.conflict("This token is already revoked.");
        }
        apply(new ApiTokenRevoked(accountId, command.tokenId(), command.actorId(), command.clientAddress()));
    }

    @CommandHandler
    void handle(SetExportLimits command) {
        String reason = Reasons.required(command.reason(), "set the export limits of");
        requireRolesChangeable(state, "set the export limits of");
        if (command.limits() == null || command.limits().problem() != null) {
            throw CommandRefusedException.invalid(command.limits() == null
                    ? "Export limits need all three numbers." : command.limits().problem());
        }
        if (command.limits().equals(exportLimits)) {
            throw CommandRefusedException.conflict("The account already has these export limits.");
        }
        ExportLimits limits = command.limits();
        apply(new ExportLimitsSet(accountId, limits.perMinute(), limits.perDay(), limits.atOnce(), reason,
                command.actorId(), command.clientAddress()));
    }

    @CommandHandler
    void handle(ClearExportLimits command) {
        String reason = Reasons.required(command.reason(), "clear the export limits of");
        if (exportLimits == null) {
            throw CommandRefusedException.conflict("The account has no export limits of its own to clear.");
        }
        apply(new ExportLimitsCleared(accountId, reason, command.actorId(), command.clientAddress()));
    }

    @CommandHandler
    void handle(EraseAccount command, AccountRegistry registry, CredentialStore credentials,
                SecondFactorStore secondFactors, TokenStore tokens, ApiTokenStore apiTokens) {
        String reason = Reasons.required(command.reason(), "erase");
        requireNotOwnAccount(accountId, command.actorId(), "erase");
        if (state.status() == AccountStatus.ERASED) {
            throw CommandRefusedException.conflict("This account is already erased.");
        }
        if (state.isActiveWith(Role.ADMIN)) {
            requireNotLastActiveAdmin(registry, accountId, "erased");
        }
        credentials.remove(accountId);
        secondFactors.remove(accountId);
        apiTokens.removeAll(accountId);
        for (TokenPurpose purpose : TokenPurpose.values()) {
            tokens.revokeAll(accountId, purpose);
        }
        apply(new AccountErased(accountId, reason, command.actorId(), command.clientAddress()));
    }

    /** The rule behind {@link ExpireRegistration}: 48 hours without a confirmation. */
    boolean confirmationDeadlinePassed(Instant asOf) {
        return asOf != null && !registeredAt.plus(CONFIRMATION_DEADLINE).isAfter(asOf);
    }

    /** Whether the new details say something the account does not say already. */
    boolean detailsDiffer(String displayName, String organization) {
        return !displayName.equals(state.displayName()) || !Objects.equals(organization, state.organization());
    }

    private static Set<UUID> with(Set<UUID> tokens, UUID token, boolean present) {
        Set<UUID> changed = new HashSet<>(tokens);
        if (present) {
            changed.add(token);
        } else {
            changed.remove(token);
        }
        return Set.copyOf(changed);
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
        // One handler for every event: Axon would call only the most specific of several.
        if (event instanceof ApiTokenIssued issued) {
            liveTokens = with(liveTokens, issued.tokenId(), true);
        } else if (event instanceof ApiTokenRevoked revoked) {
            liveTokens = with(liveTokens, revoked.tokenId(), false);
        } else if (event instanceof ExportLimitsSet set) {
            exportLimits = set.limits();
        } else if (event instanceof ExportLimitsCleared || event instanceof AccountErased) {
            exportLimits = null;
            if (event instanceof AccountErased) {
                liveTokens = Set.of();
            }
        }
    }
}

package io.gatehouse.account;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The account's state machine as one fold over its events: the aggregate, the command-side lookup, the
 * account directory and the audit's "as it was at" all step through it, so none of them can disagree
 * about what an event means. It applies no rules; the aggregate decided them before the event existed.
 *
 * @param organization null when none was given
 * @param status       null before the account was registered
 * @param statusReason the reason given for the latest change of status, if any
 */
public record AccountState(String email, String displayName, String organization, AccountStatus status,
                           Role requestedRole, Set<Role> roles, String statusReason, boolean secondFactorEnrolled) {

    public AccountState {
        roles = Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
    }

    /** Before the first event. */
    public static AccountState none() {
        return new AccountState(null, null, null, null, null, Set.of(), null, false);
    }

    public boolean exists() {
        return status != null;
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }

    /** Roles count only while the account is ACTIVE. */
    public boolean isActiveWith(Role role) {
        return status == AccountStatus.ACTIVE && roles.contains(role);
    }

    /** The state right after {@code event}. */
    public AccountState after(AccountEvent event) {
        if (event instanceof AccountRegistered e) {
            return new AccountState(e.email(), e.displayName(), e.organization(),
                    e.confirmationRequired() ? AccountStatus.UNVERIFIED : AccountStatus.PENDING, e.requestedRole(),
                    Set.of(), null, false);
        } else if (event instanceof EmailConfirmed) {
            return withStatus(AccountStatus.PENDING, null);
        } else if (event instanceof RegistrationExpired) {
            return withStatus(AccountStatus.EXPIRED, null);
        } else if (event instanceof RequestWithdrawn e) {
            return withStatus(AccountStatus.WITHDRAWN, e.reason());
        } else if (event instanceof AccountDetailsChanged e) {
            return new AccountState(email, e.displayName(), e.organization(), status, requestedRole, roles,
                    statusReason, secondFactorEnrolled);
        } else if (event instanceof AccountApproved e) {
            return withStatus(AccountStatus.ACTIVE, e.reason()).withRole(e.grantedRole(), true);
        } else if (event instanceof AccountRejected e) {
            return withStatus(AccountStatus.REJECTED, e.reason());
        } else if (event instanceof AccountSuspended e) {
            return withStatus(AccountStatus.SUSPENDED, e.reason());
        } else if (event instanceof AccountReinstated e) {
            return withStatus(AccountStatus.ACTIVE, e.reason());
        } else if (event instanceof RoleGranted e) {
            return withRole(e.role(), true);
        } else if (event instanceof RoleRevoked e) {
            return withRole(e.role(), false);
        } else if (event instanceof SecondFactorEnrolled) {
            return withSecondFactor(true);
        } else if (event instanceof SecondFactorReset) {
            return withSecondFactor(false);
        } else if (event instanceof AccountErased e) {
            // Nothing personal survives, and an erased account holds no role and no second factor.
            return new AccountState(null, null, null, AccountStatus.ERASED, requestedRole, Set.of(), e.reason(), false);
        } else if (event instanceof PasswordChanged || event instanceof PasswordReset || event instanceof ApiTokenIssued
                || event instanceof ApiTokenRevoked || event instanceof ExportLimitsSet
                || event instanceof ExportLimitsCleared) {
            // Neither the status nor the roles change; what a token or a limit may do is decided from them.
            return this;
        }
        throw new IllegalArgumentException("No transition for " + event.getClass().getName());
    }

    private AccountState withStatus(AccountStatus next, String reason) {
        return new AccountState(email, displayName, organization, next, requestedRole, roles, reason,
                secondFactorEnrolled);
    }

    private AccountState withRole(Role role, boolean held) {
        Set<Role> next = EnumSet.noneOf(Role.class);
        next.addAll(roles);
        if (held) {
            next.add(role);
        } else {
            next.remove(role);
        }
        return new AccountState(email, displayName, organization, status, requestedRole, next, statusReason,
                secondFactorEnrolled);
    }

    private AccountState withSecondFactor(boolean enrolled) {
        return new AccountState(email, displayName, organization, status, requestedRole, roles, statusReason, enrolled);
    }
}

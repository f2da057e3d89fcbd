package io.gatehouse.account;

import java.util.UUID;

/**
 * What every account event tells a reader of the history: which account, who acted, from which
 * client address, and why (null where no reason was given). The time is the event message's timestamp.
 * Sealed, so that {@link AccountState#after} cannot silently miss a new kind of event.
 */
public sealed interface AccountEvent permits AccountRegistered, EmailConfirmed, RegistrationExpired, AccountApproved,
        AccountRejected, AccountSuspended, AccountReinstated, RoleGranted, RoleRevoked, PasswordChanged, PasswordReset,
        SecondFactorEnrolled, SecondFactorReset, AccountErased {

    UUID accountId();

    String actorId();

    String clientAddress();

    default String reason() {
        return null;
    }
}

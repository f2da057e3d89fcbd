package io.gatehouse.account;

import io.gatehouse.record.Provenance;

import java.util.UUID;

/**
 * What every account event tells a reader of the history: which account, and (as every event does, see
 * {@link Provenance}) who acted, why and from which client address. The time is the event message's timestamp.
 * Sealed, so that {@link AccountState#after} cannot silently miss a new kind of event, and so that the
 * record knows every event type (io.gatehouse.record.EventTypes).
 */
public sealed interface AccountEvent extends Provenance permits AccountRegistered, EmailConfirmed, RegistrationExpired,
        AccountApproved, AccountRejected, AccountSuspended, AccountReinstated, RoleGranted, RoleRevoked, PasswordChanged,
        PasswordReset, SecondFactorEnrolled, SecondFactorReset, AccountErased, AccountDetailsChanged, RequestWithdrawn,
        ApiTokenIssued, ApiTokenRevoked, ExportLimitsSet, ExportLimitsCleared {

    UUID accountId();
}

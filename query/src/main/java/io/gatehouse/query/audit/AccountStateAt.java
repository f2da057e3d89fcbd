package io.gatehouse.query.audit;

import io.gatehouse.account.AccountStatus;
import io.gatehouse.account.Role;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * An account as it was at {@code at}, rebuilt from its own events. {@code existed} is false when the
 * instant lies before the account was opened; {@code lastChange} is the newest event applied.
 */
public record AccountStateAt(UUID accountId, Instant at, boolean existed, String email, String displayName,
                             AccountStatus status, Set<Role> roles, String statusReason, Instant lastChange,
                             int eventsApplied) {
}

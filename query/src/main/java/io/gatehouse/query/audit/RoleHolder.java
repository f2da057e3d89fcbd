package io.gatehouse.query.audit;

import io.gatehouse.account.AccountStatus;

import java.time.Instant;
import java.util.UUID;

/**
 * An account that held a role at an instant: its e-mail and name as registered, since when it held the role
 * without a break, and the state it was in then (null if the trail knows none).
 */
public record RoleHolder(UUID accountId, String email, String displayName, Instant heldSince, AccountStatus status) {
}

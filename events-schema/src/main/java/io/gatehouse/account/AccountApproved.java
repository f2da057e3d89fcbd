package io.gatehouse.account;

import java.util.UUID;

/** PENDING became ACTIVE, holding the role the person asked for ({@code grantedRole}). */
public record AccountApproved(UUID accountId,
                              Role grantedRole,
                              String reason,
                              String actorId,
                              String clientAddress) implements AccountEvent {
}

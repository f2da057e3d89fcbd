package io.gatehouse.account;

import java.util.UUID;

/** A person (or the system, for the first admin) opened an account; it is PENDING. {@code email} is normalized. */
public record AccountRegistered(UUID accountId,
                                String email,
                                String displayName,
                                String organization,
                                Role requestedRole,
                                String actorId,
                                String clientAddress) implements AccountEvent {
}

package io.gatehouse.account;

import io.gatehouse.record.StoredAs;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * A person (or the system, for the first admin) opened an account. {@code email} is normalized.
 * The account is UNVERIFIED when {@code confirmationRequired}, PENDING otherwise.
 * <p>Revision 2 added {@code confirmationRequired}; revision-1 events (before e-mail confirmation
 * existed) are read through {@link AccountRegisteredUpcaster} as not requiring it, so they stay PENDING.
 */
@Revision("2")
@StoredAs("AccountRegistered")
public record AccountRegistered(UUID accountId,
                                String email,
                                String displayName,
                                String organization,
                                Role requestedRole,
                                boolean confirmationRequired,
                                String actorId,
                                String clientAddress) implements AccountEvent {
}

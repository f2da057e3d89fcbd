package io.gatehouse.account;

import io.gatehouse.personal.PersonalData;
import io.gatehouse.record.StoredAs;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * A person (or the system, for the first admin) opened an account. {@code email} is normalized.
 * The account is UNVERIFIED when {@code confirmationRequired}, PENDING otherwise.
 * <p>Revision 2 added {@code confirmationRequired}; revision-1 events (before e-mail confirmation
 * existed) are read through {@link AccountRegisteredUpcaster} as not requiring it, so they stay PENDING.
 * <p>Revision 3 stores the personal fields sealed ({@link io.gatehouse.personal.PersonalDataUpcaster} reads
 * revision 2 as 3); they read as null once the person is erased.
 */
@Revision("3")
@StoredAs("AccountRegistered")
public record AccountRegistered(UUID accountId,
                                @PersonalData String email,
                                @PersonalData String displayName,
                                @PersonalData String organization,
                                Role requestedRole,
                                boolean confirmationRequired,
                                String actorId,
                                @PersonalData String clientAddress) implements AccountEvent {
}

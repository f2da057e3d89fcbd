package io.gatehouse.account;

import io.gatehouse.personal.PersonalData;
import io.gatehouse.record.StoredAs;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * The person changed their name or organization; both fields hold the new values (organization null when
 * none). Sealed with the account's key like {@link AccountRegistered}, so they read as null once erased.
 */
@Revision("1")
@StoredAs("AccountDetailsChanged")
public record AccountDetailsChanged(UUID accountId,
                                    @PersonalData String displayName,
                                    @PersonalData String organization,
                                    String actorId,
                                    @PersonalData(owner = "actorId") String clientAddress) implements AccountEvent {
}

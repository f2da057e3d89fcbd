package io.gatehouse.account;

import io.gatehouse.personal.PersonalData;
import io.gatehouse.record.StoredAs;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A personal API token was made. The event names it and says what it may do and until when; the secret
 * and its hash are never part of the record. The name is the person's own words, so it is sealed.
 *
 * @param scopes the {@link ApiScope} codes, in the enum's order
 */
@Revision("1")
@StoredAs("ApiTokenIssued")
public record ApiTokenIssued(UUID accountId,
                             UUID tokenId,
                             @PersonalData String name,
                             List<String> scopes,
                             Instant expiresAt,
                             String actorId,
                             @PersonalData(owner = "actorId") String clientAddress) implements AccountEvent {
}

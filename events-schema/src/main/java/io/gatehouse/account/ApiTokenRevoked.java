package io.gatehouse.account;

import io.gatehouse.personal.PersonalData;
import io.gatehouse.record.StoredAs;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** A personal API token stopped working, from the next request on. */
@Revision("1")
@StoredAs("ApiTokenRevoked")
public record ApiTokenRevoked(UUID accountId,
                              UUID tokenId,
                              String actorId,
                              @PersonalData(owner = "actorId") String clientAddress) implements AccountEvent {
}

package io.gatehouse.account;

import io.gatehouse.personal.PersonalData;
import io.gatehouse.record.StoredAs;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The owner used the link in the confirmation mail: UNVERIFIED became PENDING. */
@Revision("2")
@StoredAs("EmailConfirmed")
public record EmailConfirmed(UUID accountId,
                             String actorId,
                             @PersonalData(owner = "actorId") String clientAddress) implements AccountEvent {
}

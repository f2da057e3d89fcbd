package io.gatehouse.account;

import io.gatehouse.personal.PersonalData;
import io.gatehouse.record.StoredAs;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The owner set up an authenticator app (TOTP). The secret itself is kept encrypted beside the event store, never here. */
@Revision("2")
@StoredAs("SecondFactorEnrolled")
public record SecondFactorEnrolled(UUID accountId,
                                   String actorId,
                                   @PersonalData(owner = "actorId") String clientAddress) implements AccountEvent {
}

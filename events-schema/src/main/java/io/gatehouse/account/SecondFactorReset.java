package io.gatehouse.account;

import io.gatehouse.personal.PersonalData;
import io.gatehouse.record.StoredAs;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** An admin removed the account's second factor; its owner enrols again at the next sign-in. */
@Revision("2")
@StoredAs("SecondFactorReset")
public record SecondFactorReset(UUID accountId,
                                String reason,
                                String actorId,
                                @PersonalData(owner = "actorId") String clientAddress) implements AccountEvent {
}

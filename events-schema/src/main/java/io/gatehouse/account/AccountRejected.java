package io.gatehouse.account;

import io.gatehouse.personal.PersonalData;
import io.gatehouse.record.StoredAs;
import org.axonframework.serialization.Revision;

import java.util.UUID;

@Revision("2")
@StoredAs("AccountRejected")
public record AccountRejected(UUID accountId,
                              String reason,
                              String actorId,
                              @PersonalData(owner = "actorId") String clientAddress) implements AccountEvent {
}

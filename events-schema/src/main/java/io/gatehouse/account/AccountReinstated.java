package io.gatehouse.account;

import io.gatehouse.personal.PersonalData;
import io.gatehouse.record.StoredAs;
import org.axonframework.serialization.Revision;

import java.util.UUID;

@Revision("2")
@StoredAs("AccountReinstated")
public record AccountReinstated(UUID accountId,
                              String reason,
                              String actorId,
                              @PersonalData(owner = "actorId") String clientAddress) implements AccountEvent {
}

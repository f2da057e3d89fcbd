package io.gatehouse.account;

import io.gatehouse.personal.PersonalData;
import io.gatehouse.record.StoredAs;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * PENDING became WITHDRAWN at the person's own request: the address is free again. The reason is the
 * person's own words, so it is sealed with their key like their name.
 */
@Revision("1")
@StoredAs("RequestWithdrawn")
public record RequestWithdrawn(UUID accountId,
                               @PersonalData String reason,
                               String actorId,
                               @PersonalData(owner = "actorId") String clientAddress) implements AccountEvent {
}

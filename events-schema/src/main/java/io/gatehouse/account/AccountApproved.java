package io.gatehouse.account;

import io.gatehouse.personal.PersonalData;
import io.gatehouse.record.StoredAs;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** PENDING became ACTIVE, holding the role the person asked for ({@code grantedRole}). */
@Revision("2")
@StoredAs("AccountApproved")
public record AccountApproved(UUID accountId,
                              Role grantedRole,
                              String reason,
                              String actorId,
                              @PersonalData(owner = "actorId") String clientAddress) implements AccountEvent {
}

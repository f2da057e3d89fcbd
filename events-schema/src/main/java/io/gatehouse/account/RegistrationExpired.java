package io.gatehouse.account;

import io.gatehouse.personal.PersonalData;
import io.gatehouse.record.StoredAs;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** Nobody confirmed the address in time: UNVERIFIED became EXPIRED, and the address is free again. Recorded by {@code system}. */
@Revision("2")
@StoredAs("RegistrationExpired")
public record RegistrationExpired(UUID accountId,
                                  String actorId,
                                  @PersonalData(owner = "actorId") String clientAddress) implements AccountEvent {
}

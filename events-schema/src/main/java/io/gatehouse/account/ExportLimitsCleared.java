package io.gatehouse.account;

import io.gatehouse.personal.PersonalData;
import io.gatehouse.record.StoredAs;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The account's own export limits are gone: its roles' defaults apply again. */
@Revision("1")
@StoredAs("ExportLimitsCleared")
public record ExportLimitsCleared(UUID accountId,
                                  String reason,
                                  String actorId,
                                  @PersonalData(owner = "actorId") String clientAddress) implements AccountEvent {
}

package io.gatehouse.account;

import io.gatehouse.personal.PersonalData;
import io.gatehouse.record.StoredAs;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The account's export limits are these, whatever its roles' defaults, until cleared or set again. */
@Revision("1")
@StoredAs("ExportLimitsSet")
public record ExportLimitsSet(UUID accountId,
                              int perMinute,
                              int perDay,
                              int atOnce,
                              String reason,
                              String actorId,
                              @PersonalData(owner = "actorId") String clientAddress) implements AccountEvent {

    public ExportLimits limits() {
        return new ExportLimits(perMinute, perDay, atOnce);
    }
}

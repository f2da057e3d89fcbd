package io.gatehouse.account;

import io.gatehouse.personal.PersonalData;
import io.gatehouse.record.StoredAs;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The owner set a new password through a reset link sent to their address. Never carries the password or its hash. */
@Revision("2")
@StoredAs("PasswordReset")
public record PasswordReset(UUID accountId,
                            String actorId,
                            @PersonalData(owner = "actorId") String clientAddress) implements AccountEvent {
}

package io.gatehouse.account;

import io.gatehouse.personal.PersonalData;
import io.gatehouse.record.StoredAs;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The owner chose a new password, knowing the old one (or replacing a generated one). Never carries the password or its hash. */
@Revision("2")
@StoredAs("PasswordChanged")
public record PasswordChanged(UUID accountId,
                              String actorId,
                              @PersonalData(owner = "actorId") String clientAddress) implements AccountEvent {
}

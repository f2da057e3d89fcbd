package io.gatehouse.account;

import io.gatehouse.record.StoredAs;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The owner chose a new password, knowing the old one (or replacing a generated one). Never carries the password or its hash. */
@Revision("1")
@StoredAs("PasswordChanged")
public record PasswordChanged(UUID accountId,
                              String actorId,
                              String clientAddress) implements AccountEvent {
}

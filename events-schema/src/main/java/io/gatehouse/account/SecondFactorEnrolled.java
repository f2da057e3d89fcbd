package io.gatehouse.account;

import io.gatehouse.record.StoredAs;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The owner set up an authenticator app (TOTP). The secret itself is kept encrypted beside the event store, never here. */
@Revision("1")
@StoredAs("SecondFactorEnrolled")
public record SecondFactorEnrolled(UUID accountId,
                                   String actorId,
                                   String clientAddress) implements AccountEvent {
}

package io.gatehouse.account;

import io.gatehouse.record.StoredAs;
import org.axonframework.serialization.Revision;

import java.util.UUID;

@Revision("1")
@StoredAs("AccountSuspended")
public record AccountSuspended(UUID accountId,
                              String reason,
                              String actorId,
                              String clientAddress) implements AccountEvent {
}

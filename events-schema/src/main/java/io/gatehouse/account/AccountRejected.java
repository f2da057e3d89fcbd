package io.gatehouse.account;

import io.gatehouse.record.StoredAs;
import org.axonframework.serialization.Revision;

import java.util.UUID;

@Revision("1")
@StoredAs("AccountRejected")
public record AccountRejected(UUID accountId,
                              String reason,
                              String actorId,
                              String clientAddress) implements AccountEvent {
}

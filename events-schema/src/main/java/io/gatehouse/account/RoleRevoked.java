package io.gatehouse.account;

import io.gatehouse.record.StoredAs;
import org.axonframework.serialization.Revision;

import java.util.UUID;

@Revision("1")
@StoredAs("RoleRevoked")
public record RoleRevoked(UUID accountId,
                          Role role,
                          String reason,
                          String actorId,
                          String clientAddress) implements AccountEvent {
}

package io.gatehouse.account;

import java.util.UUID;

public record RoleRevoked(UUID accountId,
                          Role role,
                          String reason,
                          String actorId,
                          String clientAddress) implements AccountEvent {
}

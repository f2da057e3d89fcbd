package io.gatehouse.account;

import java.util.UUID;

public record RoleGranted(UUID accountId,
                          Role role,
                          String reason,
                          String actorId,
                          String clientAddress) implements AccountEvent {
}

package io.gatehouse.account;

import java.util.UUID;

public record AccountSuspended(UUID accountId,
                              String reason,
                              String actorId,
                              String clientAddress) implements AccountEvent {
}

package io.gatehouse.account;

import java.util.UUID;

public record AccountRejected(UUID accountId,
                              String reason,
                              String actorId,
                              String clientAddress) implements AccountEvent {
}

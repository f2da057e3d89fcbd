package io.gatehouse.account;

import java.util.UUID;

public record AccountReinstated(UUID accountId,
                              String reason,
                              String actorId,
                              String clientAddress) implements AccountEvent {
}

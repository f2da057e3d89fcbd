package io.gatehouse.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record RejectAccount(@TargetAggregateIdentifier UUID accountId,
                       String reason,
                       String actorId,
                       String clientAddress) implements AdminAct {
}

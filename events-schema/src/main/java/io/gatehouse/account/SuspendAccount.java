package io.gatehouse.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record SuspendAccount(@TargetAggregateIdentifier UUID accountId,
                       String reason,
                       String actorId,
                       String clientAddress) implements AdminAct {
}

package io.gatehouse.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record GrantRole(@TargetAggregateIdentifier UUID accountId,
                      Role role,
                      String reason,
                      String actorId,
                      String clientAddress) implements AdminAct {
}

package io.gatehouse.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** An admin removes another account's second factor, with a reason. */
public record ResetSecondFactor(@TargetAggregateIdentifier UUID accountId,
                                String reason,
                                String actorId,
                                String clientAddress) implements AdminAct {
}

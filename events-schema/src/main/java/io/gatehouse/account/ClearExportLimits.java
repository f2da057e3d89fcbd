package io.gatehouse.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** An admin returns an account to its roles' default export limits. */
public record ClearExportLimits(@TargetAggregateIdentifier UUID accountId,
                                String reason,
                                String actorId,
                                String clientAddress) implements AdminAct {
}

package io.gatehouse.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** An admin gives one account its own export limits in place of its roles' defaults. */
public record SetExportLimits(@TargetAggregateIdentifier UUID accountId,
                              ExportLimits limits,
                              String reason,
                              String actorId,
                              String clientAddress) implements AdminAct {
}

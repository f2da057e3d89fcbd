package io.gatehouse.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** An admin asks to destroy a person's personal data, keeping the history of acts. */
public record EraseAccount(@TargetAggregateIdentifier UUID accountId,
                           String reason,
                           String actorId,
                           String clientAddress) implements AdminAct {
}

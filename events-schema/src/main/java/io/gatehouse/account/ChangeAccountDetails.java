package io.gatehouse.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** The person changes the name and organization others see; {@code organization} may be blank. */
public record ChangeAccountDetails(@TargetAggregateIdentifier UUID accountId,
                                   String displayName,
                                   String organization,
                                   String actorId,
                                   String clientAddress) {
}

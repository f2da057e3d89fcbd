package io.gatehouse.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record RevokeApiToken(@TargetAggregateIdentifier UUID accountId,
                             UUID tokenId,
                             String actorId,
                             String clientAddress) {
}

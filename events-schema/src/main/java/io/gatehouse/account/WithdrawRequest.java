package io.gatehouse.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** The person takes back their request to join before an admin decided it; {@code reason} is optional. */
public record WithdrawRequest(@TargetAggregateIdentifier UUID accountId,
                              String reason,
                              String actorId,
                              String clientAddress) {
}

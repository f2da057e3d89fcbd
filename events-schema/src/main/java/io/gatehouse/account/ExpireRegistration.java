package io.gatehouse.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

/** Expires a registration nobody confirmed; sent by the service's scheduler with the time it read. */
public record ExpireRegistration(@TargetAggregateIdentifier UUID accountId,
                                 Instant asOf) {
}

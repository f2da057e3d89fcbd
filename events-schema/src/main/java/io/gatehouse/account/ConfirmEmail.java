package io.gatehouse.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Confirms the address with the token from the confirmation mail (only its SHA-256 hash travels). */
public record ConfirmEmail(@TargetAggregateIdentifier UUID accountId,
                           String tokenHash,
                           String clientAddress) {
}

package io.gatehouse.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** The owner replaces their password. The new hash goes to the credential store only; {@link #toString()} leaves it out. */
public record ChangePassword(@TargetAggregateIdentifier UUID accountId,
                             String passwordHash,
                             String actorId,
                             String clientAddress) {

    @Override
    public String toString() {
        return "ChangePassword[accountId=" + accountId + ", actorId=" + actorId + ", clientAddress=" + clientAddress + "]";
    }
}

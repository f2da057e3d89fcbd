package io.gatehouse.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Sets a new password with the token from a reset mail. Neither the hash nor the token shows in {@link #toString()}. */
public record ResetPassword(@TargetAggregateIdentifier UUID accountId,
                            String tokenHash,
                            String passwordHash,
                            String clientAddress) {

    @Override
    public String toString() {
        return "ResetPassword[accountId=" + accountId + ", clientAddress=" + clientAddress + "]";
    }
}

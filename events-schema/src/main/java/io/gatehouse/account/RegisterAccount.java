package io.gatehouse.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Opens a PENDING account. The password hash travels with the command to the credential store only:
 * it never enters an event, and {@link #toString()} leaves it out so that no log line can show it.
 */
public record RegisterAccount(@TargetAggregateIdentifier UUID accountId,
                              String email,
                              String displayName,
                              String organization,
                              Role requestedRole,
                              String passwordHash,
                              String actorId,
                              String clientAddress) {

    @Override
    public String toString() {
        return "RegisterAccount[accountId=" + accountId + ", email=" + email + ", requestedRole=" + requestedRole
                + ", actorId=" + actorId + ", clientAddress=" + clientAddress + "]";
    }
}

package io.gatehouse.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A person makes a personal API token. The secret itself never reaches the command: only its public
 * prefix (for look-up) and its hash, which the handler keeps beside the event, never in it.
 */
public record IssueApiToken(@TargetAggregateIdentifier UUID accountId,
                            UUID tokenId,
                            String name,
                            Set<ApiScope> scopes,
                            Instant expiresAt,
                            String publicPrefix,
                            String secretHash,
                            Instant issuedAt,
                            String actorId,
                            String clientAddress) {

    @Override
    public String toString() {
        return "IssueApiToken[" + tokenId + " for " + accountId + "]";
    }
}

package io.gatehouse.command.account;

import io.gatehouse.account.ApiScope;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Personal API tokens as the gate needs them: found by their public prefix, checked against the hash of
 * the secret, listed for their owner. The secret itself is never kept; the hash is never in an event.
 */
public interface ApiTokenStore {

    /** A token as kept: whether it still works is {@link #usableAt}'s question, asked on every request. */
    record StoredToken(UUID tokenId, UUID accountId, String name, String publicPrefix, String secretHash,
                       Set<ApiScope> scopes, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
                       Instant revokedAt) {

        public boolean usableAt(Instant now) {
            return revokedAt == null && now.isBefore(expiresAt);
        }
    }

    void issue(StoredToken token);

    /** Marks the account's token revoked at {@code at}; false when it is not there or already revoked. */
    boolean revoke(UUID accountId, UUID tokenId, Instant at);

    /** Forgets every token of the account, revoked or not: erasure leaves no name behind. */
    void removeAll(UUID accountId);

    Optional<StoredToken> findByPrefix(String publicPrefix);

    Optional<StoredToken> find(UUID accountId, UUID tokenId);

    /** The account's tokens, newest first, revoked ones included. */
    List<StoredToken> of(UUID accountId);

    /** How many of the account's tokens still work at {@code now}. */
    int usableCount(UUID accountId, Instant now);

    /** Notes a use; cheap to call on every request, as it writes at most once a minute per token. */
    void touch(UUID tokenId, Instant at);
}

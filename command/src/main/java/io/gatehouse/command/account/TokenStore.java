package io.gatehouse.command.account;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Single-use tokens sent by mail. Only a token's SHA-256 hash is kept (see {@link Tokens}): whoever reads
 * this table cannot use what is in it. A token works until it is used or its time runs out.
 */
public interface TokenStore {

    void issue(String tokenHash, TokenPurpose purpose, UUID accountId, Instant expiresAt);

    /** The account an unused, unexpired token belongs to. */
    Optional<UUID> findAccount(String tokenHash, TokenPurpose purpose);

    /** The account a token from a link belongs to, as typed or clicked: junk is not even looked up. */
    default Optional<UUID> accountOf(String token, TokenPurpose purpose) {
        return Tokens.plausible(token) ? findAccount(Tokens.hash(token), purpose) : Optional.empty();
    }

    /** Uses the token up: true only the first time, and only while it is valid for this account. */
    boolean consume(String tokenHash, TokenPurpose purpose, UUID accountId);

    /** Every token of that purpose the account still has stops working (a newer one replaces them). */
    void revokeAll(UUID accountId, TokenPurpose purpose);

    /**
     * A new token for the account and purpose, valid until {@code expiresAt}, that retires every older one.
     * Returns the token itself, for the link in a mail; only its hash is kept.
     */
    default String renew(UUID accountId, TokenPurpose purpose, Instant expiresAt) {
        String token = Tokens.newToken();
        revokeAll(accountId, purpose);
        issue(Tokens.hash(token), purpose, accountId, expiresAt);
        return token;
    }

    /** Deletes tokens whose time ran out; returns how many. */
    int removeExpired();
}

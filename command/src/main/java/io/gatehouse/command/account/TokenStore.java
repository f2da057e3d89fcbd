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

    /** Uses the token up: true only the first time, and only while it is valid for this account. */
    boolean consume(String tokenHash, TokenPurpose purpose, UUID accountId);

    /** Every token of that purpose the account still has stops working (a newer one replaces them). */
    void revokeAll(UUID accountId, TokenPurpose purpose);

    /** Deletes tokens whose time ran out; returns how many. */
    int removeExpired();
}

package io.gatehouse.command.account;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A {@link TokenStore} for fixture tests, with the rules of the real one: a token is valid while its
 * expiry lies after "now", for its own purpose and account only, and using it deletes it.
 */
public class InMemoryTokenStore implements TokenStore {

    private record Token(TokenPurpose purpose, UUID accountId, Instant expiresAt) {
    }

    private final Map<String, Token> tokens = new HashMap<>();
    private Instant now;

    public InMemoryTokenStore(Instant now) {
        this.now = now;
    }

    /** Moves this store's clock, for tokens that should have run out. */
    public InMemoryTokenStore at(Instant newNow) {
        this.now = newNow;
        return this;
    }

    @Override
    public void issue(String tokenHash, TokenPurpose purpose, UUID accountId, Instant expiresAt) {
        tokens.put(tokenHash, new Token(purpose, accountId, expiresAt));
    }

    @Override
    public Optional<UUID> findAccount(String tokenHash, TokenPurpose purpose) {
        return Optional.ofNullable(tokens.get(tokenHash)).filter(t -> t.purpose() == purpose && isValid(t))
                .map(Token::accountId);
    }

    @Override
    public boolean consume(String tokenHash, TokenPurpose purpose, UUID accountId) {
        Token token = tokens.get(tokenHash);
        if (token == null || token.purpose() != purpose || !token.accountId().equals(accountId) || !isValid(token)) {
            return false;
        }
        tokens.remove(tokenHash);
        return true;
    }

    @Override
    public void revokeAll(UUID accountId, TokenPurpose purpose) {
        tokens.values().removeIf(t -> t.accountId().equals(accountId) && t.purpose() == purpose);
    }

    @Override
    public int removeExpired() {
        int before = tokens.size();
        tokens.values().removeIf(t -> !isValid(t));
        return before - tokens.size();
    }

    /** Whether the token is still there, used or not: a refused command must leave it in place. */
    public boolean holds(String tokenHash) {
        return tokens.containsKey(tokenHash);
    }

    private boolean isValid(Token token) {
        return token.expiresAt().isAfter(now);
    }
}

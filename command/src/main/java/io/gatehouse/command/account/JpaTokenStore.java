package io.gatehouse.command.account;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@Component
class JpaTokenStore implements TokenStore {

    private final AccountTokenRepository tokens;
    private final Clock clock;

    JpaTokenStore(AccountTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public void issue(String tokenHash, TokenPurpose purpose, UUID accountId, Instant expiresAt) {
        tokens.save(new AccountToken(tokenHash, purpose, accountId, expiresAt));
    }

    @Override
    public Optional<UUID> findAccount(String tokenHash, TokenPurpose purpose) {
        return tokens.findValidAccount(tokenHash, purpose, clock.instant());
    }

    @Override
    public boolean consume(String tokenHash, TokenPurpose purpose, UUID accountId) {
        return tokens.deleteValid(tokenHash, purpose, accountId, clock.instant()) == 1;
    }

    @Override
    public void revokeAll(UUID accountId, TokenPurpose purpose) {
        tokens.deleteAll(accountId, purpose);
    }

    @Override
    @Transactional
    public int removeExpired() {
        return tokens.deleteExpired(clock.instant());
    }
}

package io.gatehouse.command.account;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** An {@link ApiTokenStore} for fixture tests, keeping the real one's rules. */
class InMemoryApiTokenStore implements ApiTokenStore {

    private final Map<UUID, StoredToken> tokens = new LinkedHashMap<>();

    @Override
    public void issue(StoredToken token) {
        tokens.put(token.tokenId(), token);
    }

    @Override
    public boolean revoke(UUID accountId, UUID tokenId, Instant at) {
        StoredToken token = tokens.get(tokenId);
        if (token == null || !token.accountId().equals(accountId) || token.revokedAt() != null) {
            return false;
        }
        tokens.put(tokenId, new StoredToken(token.tokenId(), accountId, token.name(), token.publicPrefix(),
                token.secretHash(), token.scopes(), token.createdAt(), token.expiresAt(), token.lastUsedAt(), at));
        return true;
    }

    @Override
    public void removeAll(UUID accountId) {
        tokens.values().removeIf(token -> token.accountId().equals(accountId));
    }

    @Override
    public Optional<StoredToken> findByPrefix(String publicPrefix) {
        return tokens.values().stream().filter(token -> token.publicPrefix().equals(publicPrefix)).findFirst();
    }

    @Override
    public Optional<StoredToken> find(UUID accountId, UUID tokenId) {
        return Optional.ofNullable(tokens.get(tokenId)).filter(token -> token.accountId().equals(accountId));
    }

    @Override
    public List<StoredToken> of(UUID accountId) {
        return tokens.values().stream().filter(token -> token.accountId().equals(accountId))
                .sorted(Comparator.comparing(StoredToken::createdAt).reversed()).toList();
    }

    @Override
    public int usableCount(UUID accountId, Instant now) {
        return (int) of(accountId).stream().filter(token -> token.usableAt(now)).count();
    }

    @Override
    public void touch(UUID tokenId, Instant at) {
        // last use is not a rule of any command
    }
}

package io.gatehouse.web.apitoken;

import io.gatehouse.account.ApiScope;
import io.gatehouse.command.account.ApiTokenStore.StoredToken;
import io.gatehouse.web.support.Moment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One token as the list shows it; never its secret, which is not kept, nor its hash.
 *
 * @param state   {@code active}, {@code expired} or {@code revoked}
 * @param stateAt when it expired or was revoked; null while active
 */
record TokenRow(UUID id, String name, List<String> scopes, Moment created, Moment expires, Moment lastUsed,
                String state, Moment stateAt, boolean revocable) {

    static TokenRow of(StoredToken token, Instant now) {
        String state = token.revokedAt() != null ? "revoked" : token.usableAt(now) ? "active" : "expired";
        Moment stateAt = switch (state) {
            case "revoked" -> Moment.of(token.revokedAt());
            case "expired" -> Moment.of(token.expiresAt());
            default -> null;
        };
        return new TokenRow(token.tokenId(), token.name(), ApiScope.codes(token.scopes()), Moment.of(token.createdAt()),
                Moment.of(token.expiresAt()), Moment.of(token.lastUsedAt()), state, stateAt, state.equals("active"));
    }
}

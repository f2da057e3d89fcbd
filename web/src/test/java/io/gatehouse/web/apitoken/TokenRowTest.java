package io.gatehouse.web.apitoken;

import io.gatehouse.account.ApiScope;
import io.gatehouse.command.account.ApiTokenStore.StoredToken;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A token's state as the list says it: active until it expires or is revoked, and since when it is not. */
class TokenRowTest {

    private static final Instant MADE = Instant.parse("2026-11-01T09:00:00Z");
    private static final Instant EXPIRES = MADE.plus(Duration.ofDays(30));

    @Test
    void beforeItsExpiryThenActiveAndRevocable() {
        TokenRow row = TokenRow.of(token(null), EXPIRES.minusSeconds(1));

        assertThat(row.state()).isEqualTo("active");
        assertThat(row.stateAt()).isNull();
        assertThat(row.revocable()).isTrue();
        assertThat(row.scopes()).containsExactly("documents:read", "audit:read");
    }

    @Test
    void pastItsExpiryThenExpiredSinceThenAndNotRevocable() {
        TokenRow row = TokenRow.of(token(null), EXPIRES);

        assertThat(row.state()).isEqualTo("expired");
        assertThat(row.stateAt().instant()).isEqualTo(EXPIRES);
        assertThat(row.revocable()).isFalse();
    }

    @Test
    void revokedThenRevokedSinceThenEvenAfterItsExpiry() {
        Instant revoked = MADE.plus(Duration.ofDays(2));

        for (Instant now : new Instant[] {revoked, EXPIRES.plusSeconds(60)}) {
            TokenRow row = TokenRow.of(token(revoked), now);

            assertThat(row.state()).isEqualTo("revoked");
            assertThat(row.stateAt().instant()).isEqualTo(revoked);
            assertThat(row.revocable()).isFalse();
        }
    }

    private static StoredToken token(Instant revokedAt) {
        return new StoredToken(UUID.randomUUID(), UUID.randomUUID(), "Nightly", "gh_abcd2345", "f".repeat(64),
                Set.of(ApiScope.AUDIT_READ, ApiScope.DOCUMENTS_READ), MADE, EXPIRES, null, revokedAt);
    }
}

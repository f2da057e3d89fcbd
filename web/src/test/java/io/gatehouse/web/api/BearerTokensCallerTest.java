package io.gatehouse.web.api;

import io.gatehouse.account.AccountStatus;
import io.gatehouse.account.ApiScope;
import io.gatehouse.account.Role;
import io.gatehouse.command.account.ApiTokenStore.StoredToken;
import io.gatehouse.query.account.AccountView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import static io.gatehouse.account.ApiScope.ACCOUNTS_READ;
import static io.gatehouse.account.ApiScope.ACCOUNTS_WRITE;
import static io.gatehouse.account.ApiScope.AUDIT_READ;
import static io.gatehouse.account.ApiScope.DOCUMENTS_READ;
import static io.gatehouse.account.ApiScope.DOCUMENTS_WRITE;
import static org.assertj.core.api.Assertions.assertThat;

/** A token's usable scopes are its own cut down to what its account's roles allow now, and none unless ACTIVE. */
class BearerTokensCallerTest {

    private static final UUID ACCOUNT = UUID.randomUUID();
    private static final Set<ApiScope> EVERY_SCOPE = EnumSet.allOf(ApiScope.class);

    @Test
    void activeSponsorWithAnEveryScopeTokenThenOnlyTheDocumentScopes() {
        ApiCaller caller = BearerTokens.callerOf(account(AccountStatus.ACTIVE, Role.SPONSOR), token(EVERY_SCOPE));

        assertThat(caller.scopes()).containsExactlyInAnyOrder(DOCUMENTS_READ, DOCUMENTS_WRITE);
        assertThat(caller.tokenScopes()).isEqualTo(EVERY_SCOPE);
    }

    @Test
    void activeAdminThenAccountsAndAuditButNoDocuments() {
        assertThat(BearerTokens.callerOf(account(AccountStatus.ACTIVE, Role.ADMIN), token(EVERY_SCOPE)).scopes())
                .containsExactlyInAnyOrder(ACCOUNTS_READ, ACCOUNTS_WRITE, AUDIT_READ);
    }

    @Test
    void activeAuditorThenAuditReadOnly() {
        assertThat(BearerTokens.callerOf(account(AccountStatus.ACTIVE, Role.AUDITOR), token(EVERY_SCOPE)).scopes())
                .containsExactly(AUDIT_READ);
    }

    @Test
    void rolesAllowingMoreThanTheTokenThenOnlyTheTokensScopes() {
        ApiCaller caller = BearerTokens.callerOf(account(AccountStatus.ACTIVE, Role.SPONSOR, Role.ADMIN),
                token(EnumSet.of(DOCUMENTS_READ, AUDIT_READ)));

        assertThat(caller.scopes()).containsExactlyInAnyOrder(DOCUMENTS_READ, AUDIT_READ);
    }

    @Test
    void noRoleLeftThenNoScope() {
        assertThat(BearerTokens.callerOf(account(AccountStatus.ACTIVE), token(EVERY_SCOPE)).scopes()).isEmpty();
    }

    @Test
    void anyStateButActiveThenNoScopeThoughTheRolesAllowThem() {
        for (AccountStatus status : EnumSet.complementOf(EnumSet.of(AccountStatus.ACTIVE))) {
            ApiCaller caller = BearerTokens.callerOf(account(status, Role.SPONSOR, Role.ADMIN), token(EVERY_SCOPE));
            assertThat(caller.scopes()).as("%s", status).isEmpty();
            assertThat(caller.status()).isEqualTo(status);
            assertThat(caller.tokenScopes()).isEqualTo(EVERY_SCOPE);
        }
    }

    @Test
    void callerThenNamesTheAccountTheTokenAndTheRolesHeld() {
        StoredToken token = token(EnumSet.of(DOCUMENTS_READ));
        ApiCaller caller = BearerTokens.callerOf(account(AccountStatus.ACTIVE, Role.EDITOR), token);

        assertThat(caller.accountId()).isEqualTo(ACCOUNT);
        assertThat(caller.getName()).isEqualTo(ACCOUNT.toString());
        assertThat(caller.tokenId()).isEqualTo(token.tokenId());
        assertThat(caller.email()).isEqualTo("caller@example.org");
        assertThat(caller.roles()).containsExactly(Role.EDITOR);
        assertThat(new ApiTokenAuthentication(caller).getAuthorities()).extracting(Object::toString)
                .containsExactly("SCOPE_documents:read");
    }

    private static StoredToken token(Set<ApiScope> scopes) {
        Instant now = Instant.now();
        return new StoredToken(UUID.randomUUID(), ACCOUNT, "test", "gh_abcdefgh", "0".repeat(64), scopes, now,
                now.plusSeconds(3600), null, null);
    }

    /** An account as the directory holds it, in this state with these roles. */
    private static AccountView account(AccountStatus status, Role... roles) {
        Set<Role> held = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Set.of(roles));
        return new AccountView() {
            @Override
            public UUID getAccountId() {
                return ACCOUNT;
            }

            @Override
            public String getEmail() {
                return "caller@example.org";
            }

            @Override
            public AccountStatus getStatus() {
                return status;
            }

            @Override
            public Set<Role> getRoles() {
                return held;
            }
        };
    }
}

package io.gatehouse.command.account;

import io.gatehouse.account.AccountErased;
import io.gatehouse.account.Actors;
import io.gatehouse.account.ApiScope;
import io.gatehouse.account.ApiTokenIssued;
import io.gatehouse.account.ApiTokenRevoked;
import io.gatehouse.account.EraseAccount;
import io.gatehouse.account.IssueApiToken;
import io.gatehouse.account.RevokeApiToken;
import io.gatehouse.account.Role;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.gatehouse.command.account.AccountHistory.ADMIN;
import static io.gatehouse.command.account.AccountHistory.CLIENT;
import static io.gatehouse.command.account.AccountHistory.active;
import static io.gatehouse.command.account.AccountHistory.registered;
import static io.gatehouse.command.account.AccountHistory.suspendedAccount;
import static org.assertj.core.api.Assertions.assertThat;

/** A person makes and revokes personal API tokens; the secret's hash stays beside the record, never in it. */
class ApiTokensTest {

    private static final UUID ACCOUNT = UUID.fromString("11111111-1111-1111-1111-111111111111");
    private static final UUID TOKEN = UUID.fromString("22222222-2222-2222-2222-222222222222");
    private static final String SELF = Actors.of(ACCOUNT);
    private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");
    private static final Instant IN_A_MONTH = NOW.plus(Duration.ofDays(30));

    private FixtureConfiguration<Account> fixture;
    private InMemoryApiTokenStore store;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Account.class);
        store = new InMemoryApiTokenStore();
        fixture.registerInjectableResource(store);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(new InMemoryAccountRegistry());
        fixture.registerInjectableResource(new InMemoryCredentialStore());
        fixture.registerInjectableResource(new InMemorySecondFactorStore());
        fixture.registerInjectableResource(new InMemoryTokenStore(NOW));
    }

    private static IssueApiToken issue(Set<ApiScope> scopes, Instant expiresAt) {
        return new IssueApiToken(ACCOUNT, TOKEN, "  Nightly sync ", scopes, expiresAt, "gh_abcd1234", "f".repeat(64),
                NOW, SELF, CLIENT);
    }

    @Test
    void issueWithinTheRolesThenIssuedWithoutTheSecretAndTheHashKeptAside() {
        fixture.given(active(ACCOUNT, Role.SPONSOR))
                .when(issue(Set.of(ApiScope.DOCUMENTS_WRITE, ApiScope.DOCUMENTS_READ), IN_A_MONTH))
                .expectEvents(new ApiTokenIssued(ACCOUNT, TOKEN, "Nightly sync", List.of("documents:read",
                        "documents:write"), IN_A_MONTH, SELF, CLIENT));
        assertThat(store.findByPrefix("gh_abcd1234")).get()
                .satisfies(kept -> assertThat(kept.secretHash()).isEqualTo("f".repeat(64)))
                .satisfies(kept -> assertThat(kept.name()).isEqualTo("Nightly sync"));
    }

    @Test
    void issueWithAScopeTheRolesDoNotAllowThenRefusedAndNothingKept() {
        fixture.given(active(ACCOUNT, Role.SPONSOR))
                .when(issue(Set.of(ApiScope.DOCUMENTS_READ, ApiScope.ACCOUNTS_WRITE), IN_A_MONTH))
                .expectException(Refused.invalidAt("scopes", "Your roles do not allow the scope accounts:write."))
                .expectNoEvents();
        assertThat(store.of(ACCOUNT)).isEmpty();
    }

    @Test
    void issueWithABlankOrTooLongNameThenRefusedAtTheName() {
        for (String name : new String[] {"   ", "n".repeat(61)}) {
            fixture.given(active(ACCOUNT, Role.EDITOR))
                    .when(new IssueApiToken(ACCOUNT, TOKEN, name, Set.of(ApiScope.DOCUMENTS_READ), IN_A_MONTH,
                            "gh_abcd1234", "f".repeat(64), NOW, SELF, CLIENT))
                    .expectException(Refused.invalidAt("name", name.isBlank() ? "A token name is required."
                            : "A token name can be at most 60 characters long."))
                    .expectNoEvents();
        }
    }

    @Test
    void issueWithoutScopesThenRefused() {
        fixture.given(active(ACCOUNT, Role.EDITOR))
                .when(issue(Set.of(), IN_A_MONTH))
                .expectException(Refused.invalidAt("scopes", "Choose at least one scope."));
    }

    @Test
    void issueLastingLongerThanAYearThenRefused() {
        fixture.given(active(ACCOUNT, Role.EDITOR))
                .when(issue(Set.of(ApiScope.DOCUMENTS_READ), NOW.plus(Duration.ofDays(367))))
                .expectException(Refused.invalidAt("expiresAt", "A token can last at most one year."));
    }

    @Test
    void issueAlreadyExpiredThenRefused() {
        fixture.given(active(ACCOUNT, Role.EDITOR))
                .when(issue(Set.of(ApiScope.DOCUMENTS_READ), NOW.minusSeconds(1)))
                .expectException(Refused.invalidAt("expiresAt", "A token must expire in the future."));
    }

    @Test
    void issueWhenSuspendedThenRefused() {
        fixture.given(suspendedAccount(ACCOUNT, Role.EDITOR))
                .when(issue(Set.of(ApiScope.DOCUMENTS_READ), IN_A_MONTH))
                .expectException(Refused.conflict("You can only make an API token for an account that is ACTIVE;"
                        + " this account is SUSPENDED."));
    }

    @Test
    void issueWhenPendingThenRefused() {
        fixture.given(registered(ACCOUNT, Role.EDITOR))
                .when(issue(Set.of(ApiScope.DOCUMENTS_READ), IN_A_MONTH))
                .expectNoEvents();
    }

    @Test
    void issueForSomeoneElseThenRefused() {
        fixture.given(active(ACCOUNT, Role.EDITOR))
                .when(new IssueApiToken(ACCOUNT, TOKEN, "x", Set.of(ApiScope.DOCUMENTS_READ), IN_A_MONTH, "gh_x",
                        "f".repeat(64), NOW, ADMIN, CLIENT))
                .expectException(Refused.conflict("Only the account's owner can make an API token for."));
    }

    @Test
    void revokeALiveTokenThenRevokedAndTheStoreRefusesIt() {
        fixture.given(active(ACCOUNT, Role.EDITOR))
                .andGivenCommands(issue(Set.of(ApiScope.DOCUMENTS_READ), IN_A_MONTH))
                .when(new RevokeApiToken(ACCOUNT, TOKEN, SELF, CLIENT))
                .expectEvents(new ApiTokenRevoked(ACCOUNT, TOKEN, SELF, CLIENT));
        assertThat(store.find(ACCOUNT, TOKEN)).get().satisfies(kept -> assertThat(kept.usableAt(NOW)).isFalse());
    }

    @Test
    void revokeTwiceThenTheSecondIsRefused() {
        fixture.given(active(ACCOUNT, Role.EDITOR))
                .andGivenCommands(issue(Set.of(ApiScope.DOCUMENTS_READ), IN_A_MONTH),
                        new RevokeApiToken(ACCOUNT, TOKEN, SELF, CLIENT))
                .when(new RevokeApiToken(ACCOUNT, TOKEN, SELF, CLIENT))
                .expectException(Refused.conflict("This token is already revoked."));
    }

    @Test
    void eraseThenEveryTokenIsForgotten() {
        fixture.given(active(ACCOUNT, Role.EDITOR))
                .andGivenCommands(issue(Set.of(ApiScope.DOCUMENTS_READ), IN_A_MONTH))
                .when(new EraseAccount(ACCOUNT, "Asked to be forgotten.", ADMIN, CLIENT))
                .expectEvents(new AccountErased(ACCOUNT, "Asked to be forgotten.", ADMIN, CLIENT));
        assertThat(store.of(ACCOUNT)).isEmpty();
    }
}

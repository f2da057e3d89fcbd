package io.gatehouse.command.account;

import io.gatehouse.account.AccountApproved;
import io.gatehouse.account.AccountErased;
import io.gatehouse.account.AccountStatus;
import io.gatehouse.account.Actors;
import io.gatehouse.account.ApproveAccount;
import io.gatehouse.account.EraseAccount;
import io.gatehouse.account.GrantRole;
import io.gatehouse.account.Role;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.gatehouse.command.account.AccountHistory.ADMIN;
import static io.gatehouse.command.account.AccountHistory.CLIENT;
import static io.gatehouse.command.account.AccountHistory.active;
import static io.gatehouse.command.account.AccountHistory.granted;
import static io.gatehouse.command.account.AccountHistory.registered;
import static io.gatehouse.command.account.AccountHistory.suspendedAccount;
import static io.gatehouse.command.account.AccountHistory.unconfirmed;
import static org.assertj.core.api.Assertions.assertThat;

/** Erasing a person: from any state but ERASED, with a reason, never oneself nor the last active admin. */
class ErasureTest {

    private static final UUID ACCOUNT = UUID.fromString("ffffffff-6666-4666-8666-666666666666");
    private static final String REASON = "Asked to be forgotten (ticket 4411).";

    private FixtureConfiguration<Account> fixture;
    private InMemoryAccountRegistry registry;
    private InMemoryCredentialStore credentials;
    private InMemorySecondFactorStore secondFactors;
    private InMemoryTokenStore tokens;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Account.class);
        registry = new InMemoryAccountRegistry();
        credentials = new InMemoryCredentialStore();
        secondFactors = new InMemorySecondFactorStore();
        tokens = new InMemoryTokenStore(Instant.parse("2026-11-29T08:00:00Z"));
        fixture.registerInjectableResource(registry);
        fixture.registerInjectableResource(credentials);
        fixture.registerInjectableResource(secondFactors);
        fixture.registerInjectableResource(tokens);
        fixture.registerInjectableResource(new InMemoryApiTokenStore());
    }

    @Test
    void eraseActiveAccountThenErasedWithTrimmedReasonAndItsCredentialsGone() {
        credentials.store(ACCOUNT, "$argon2id$stored");
        secondFactors.enrol(ACCOUNT, new byte[]{1}, List.of("code"));
        tokens.issue("reset-token", TokenPurpose.RESET_PASSWORD, ACCOUNT, Instant.parse("2026-11-29T09:00:00Z"));

        fixture.given(active(ACCOUNT, Role.SPONSOR))
                .when(new EraseAccount(ACCOUNT, "  " + REASON + "  ", ADMIN, CLIENT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AccountErased(ACCOUNT, REASON, ADMIN, CLIENT));

        assertThat(credentials.find(ACCOUNT)).isEmpty();
        assertThat(secondFactors.encryptedSecret(ACCOUNT)).isEmpty();
        assertThat(tokens.holds("reset-token")).isFalse();
    }

    @Test
    void eraseFromEveryStateButErasedThenErased() {
        for (Object[] history : List.of(new Object[]{unconfirmed(ACCOUNT, Role.EDITOR)},
                new Object[]{registered(ACCOUNT, Role.EDITOR)}, suspendedAccount(ACCOUNT, Role.EDITOR))) {
            fixture.given(history)
                    .when(new EraseAccount(ACCOUNT, REASON, ADMIN, CLIENT))
                    .expectEvents(new AccountErased(ACCOUNT, REASON, ADMIN, CLIENT));
        }
    }

    @Test
    void eraseTwiceThenConflict() {
        fixture.given(registered(ACCOUNT, Role.EDITOR), new AccountErased(ACCOUNT, REASON, ADMIN, CLIENT))
                .when(new EraseAccount(ACCOUNT, REASON, ADMIN, CLIENT))
                .expectException(Refused.conflict("This account is already erased."))
                .expectNoEvents();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void eraseWithoutReasonThenRefused(String reason) {
        fixture.given(active(ACCOUNT, Role.SPONSOR))
                .when(new EraseAccount(ACCOUNT, reason, ADMIN, CLIENT))
                .expectException(Refused.invalid("A reason is required to erase an account."))
                .expectNoEvents();
    }

    @Test
    void eraseOwnAccountThenConflict() {
        fixture.given(active(ACCOUNT, Role.ADMIN))
                .when(new EraseAccount(ACCOUNT, REASON, Actors.of(ACCOUNT), CLIENT))
                .expectException(Refused.conflict("You cannot erase your own account."))
                .expectNoEvents();
    }

    @Test
    void eraseLastActiveAdminThenConflict() {
        fixture.given(registered(ACCOUNT, Role.EDITOR), new AccountApproved(ACCOUNT, Role.EDITOR,
                        null, ADMIN, CLIENT), granted(ACCOUNT, Role.ADMIN))
                .when(new EraseAccount(ACCOUNT, REASON, ADMIN, CLIENT))
                .expectException(Refused.conflict("This is the last active admin; it cannot be erased."
                        + " Make another account an active admin first."))
                .expectNoEvents();
    }

    @Test
    void eraseAdminWhenAnotherActiveAdminExistsThenErased() {
        registry.withActiveAdmin(UUID.randomUUID());
        fixture.given(registered(ACCOUNT, Role.EDITOR), new AccountApproved(ACCOUNT, Role.EDITOR,
                        null, ADMIN, CLIENT), granted(ACCOUNT, Role.ADMIN))
                .when(new EraseAccount(ACCOUNT, REASON, ADMIN, CLIENT))
                .expectEvents(new AccountErased(ACCOUNT, REASON, ADMIN, CLIENT));
    }

    @Test
    void actOnErasedAccountThenConflictAndNothingRecorded() {
        fixture.given(registered(ACCOUNT, Role.EDITOR), new AccountErased(ACCOUNT, REASON, ADMIN, CLIENT))
                .when(new ApproveAccount(ACCOUNT, null, ADMIN, CLIENT))
                .expectException(Refused.conflict("You can only approve an account that is PENDING; this account is "
                        + AccountStatus.ERASED + "."))
                .expectNoEvents();
        fixture.given(registered(ACCOUNT, Role.EDITOR), new AccountErased(ACCOUNT, REASON, ADMIN, CLIENT))
                .when(new GrantRole(ACCOUNT, Role.AUDITOR, null, ADMIN, CLIENT))
                .expectException(Refused.conflict("You can only grant a role to an ACTIVE or SUSPENDED account;"
                        + " this account is ERASED."))
                .expectNoEvents();
    }
}

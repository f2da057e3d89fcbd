package io.gatehouse.command.account;

import io.gatehouse.account.Actors;
import io.gatehouse.account.PasswordReset;
import io.gatehouse.account.RegistrationExpired;
import io.gatehouse.account.ResetPassword;
import io.gatehouse.account.Role;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.gatehouse.command.account.AccountHistory.CLIENT;
import static io.gatehouse.command.account.AccountHistory.active;
import static io.gatehouse.command.account.AccountHistory.unconfirmed;
import static org.assertj.core.api.Assertions.assertThat;

/** Setting a new password with the link from a reset mail: the link proves the mailbox, once. */
class PasswordResetTest {

    private static final UUID ACCOUNT = UUID.fromString("aaaaaaaa-1111-4111-8111-111111111111");
    private static final UUID OTHER = UUID.fromString("bbbbbbbb-2222-4222-8222-222222222222");
    private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");
    private static final String TOKEN = Tokens.hash("reset-token");
    private static final String OLD_HASH = "$argon2id$v=19$m=65536,t=3,p=4$b2xk$b2xkaGFzaA";
    private static final String NEW_HASH = "$argon2id$v=19$m=65536,t=3,p=4$bmV3$bmV3aGFzaA";
    private static final String USED_OR_INVALID = "This link has been used already or is no longer valid.";

    private FixtureConfiguration<Account> fixture;
    private InMemoryTokenStore tokens;
    private InMemoryCredentialStore credentials;

    @BeforeEach
    void setUp() {
        tokens = new InMemoryTokenStore(NOW);
        credentials = new InMemoryCredentialStore();
        credentials.store(ACCOUNT, OLD_HASH);
        fixture = new AggregateTestFixture<>(Account.class);
        fixture.registerInjectableResource(tokens);
        fixture.registerInjectableResource(credentials);
    }

    private void issue(TokenPurpose purpose, UUID accountId, Instant expiresAt) {
        tokens.issue(TOKEN, purpose, accountId, expiresAt);
    }

    @Test
    void resetWhenTokenValidThenHashStoredTokenUsedUpAndResetByTheAccount() {
        issue(TokenPurpose.RESET_PASSWORD, ACCOUNT, NOW.plus(Duration.ofHours(1)));
        fixture.given(active(ACCOUNT, Role.EDITOR))
                .when(new ResetPassword(ACCOUNT, TOKEN, NEW_HASH, CLIENT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PasswordReset(ACCOUNT, Actors.of(ACCOUNT), CLIENT));
        assertThat(credentials.passwordHash(ACCOUNT)).contains(NEW_HASH);
        assertThat(tokens.holds(TOKEN)).isFalse();
    }

    @Test
    void resetWhenTokenUsedAlreadyThenRefusedAndHashUnchanged() {
        issue(TokenPurpose.RESET_PASSWORD, ACCOUNT, NOW.plus(Duration.ofHours(1)));
        assertThat(tokens.consume(TOKEN, TokenPurpose.RESET_PASSWORD, ACCOUNT)).isTrue();
        fixture.given(active(ACCOUNT, Role.EDITOR))
                .when(new ResetPassword(ACCOUNT, TOKEN, NEW_HASH, CLIENT))
                .expectException(Refused.invalid(USED_OR_INVALID))
                .expectNoEvents();
        assertThat(credentials.passwordHash(ACCOUNT)).contains(OLD_HASH);
    }

    @Test
    void resetWhenTokenUnknownThenRefusedAndHashUnchanged() {
        fixture.given(active(ACCOUNT, Role.EDITOR))
                .when(new ResetPassword(ACCOUNT, TOKEN, NEW_HASH, CLIENT))
                .expectException(Refused.invalid(USED_OR_INVALID))
                .expectNoEvents();
        assertThat(credentials.passwordHash(ACCOUNT)).contains(OLD_HASH);
    }

    @Test
    void resetWhenTokenRanOutThenRefusedAndHashUnchanged() {
        issue(TokenPurpose.RESET_PASSWORD, ACCOUNT, NOW.minusSeconds(1));
        fixture.given(active(ACCOUNT, Role.EDITOR))
                .when(new ResetPassword(ACCOUNT, TOKEN, NEW_HASH, CLIENT))
                .expectException(Refused.invalid(USED_OR_INVALID))
                .expectNoEvents();
        assertThat(credentials.passwordHash(ACCOUNT)).contains(OLD_HASH);
    }

    /** A confirmation link must not double as a way to take over the password. */
    @Test
    void resetWithConfirmationTokenThenRefusedAndHashUnchanged() {
        issue(TokenPurpose.CONFIRM_EMAIL, ACCOUNT, NOW.plus(Duration.ofHours(1)));
        fixture.given(active(ACCOUNT, Role.EDITOR))
                .when(new ResetPassword(ACCOUNT, TOKEN, NEW_HASH, CLIENT))
                .expectException(Refused.invalid(USED_OR_INVALID))
                .expectNoEvents();
        assertThat(credentials.passwordHash(ACCOUNT)).contains(OLD_HASH);
    }

    @Test
    void resetWithAnotherAccountsTokenThenRefusedAndHashUnchanged() {
        issue(TokenPurpose.RESET_PASSWORD, OTHER, NOW.plus(Duration.ofHours(1)));
        fixture.given(active(ACCOUNT, Role.EDITOR))
                .when(new ResetPassword(ACCOUNT, TOKEN, NEW_HASH, CLIENT))
                .expectException(Refused.invalid(USED_OR_INVALID))
                .expectNoEvents();
        assertThat(credentials.passwordHash(ACCOUNT)).contains(OLD_HASH);
        assertThat(tokens.findAccount(TOKEN, TokenPurpose.RESET_PASSWORD)).contains(OTHER);
    }

    /** A form sent without a password must not use up the link: the person would need a new mail. */
    @Test
    void resetWithBlankHashThenRefusedAndTokenKept() {
        issue(TokenPurpose.RESET_PASSWORD, ACCOUNT, NOW.plus(Duration.ofHours(1)));
        fixture.given(active(ACCOUNT, Role.EDITOR))
                .when(new ResetPassword(ACCOUNT, TOKEN, " ", CLIENT))
                .expectException(Refused.invalid("A password is required."))
                .expectNoEvents();
        assertThat(tokens.holds(TOKEN)).isTrue();
        assertThat(credentials.passwordHash(ACCOUNT)).contains(OLD_HASH);
    }

    @Test
    void resetWhenUnverifiedThenConflictAndTokenKept() {
        issue(TokenPurpose.RESET_PASSWORD, ACCOUNT, NOW.plus(Duration.ofHours(1)));
        fixture.given(unconfirmed(ACCOUNT, Role.EDITOR))
                .when(new ResetPassword(ACCOUNT, TOKEN, NEW_HASH, CLIENT))
                .expectException(Refused.conflict("You cannot reset the password of an account that is UNVERIFIED."))
                .expectNoEvents();
        assertThat(tokens.holds(TOKEN)).isTrue();
        assertThat(credentials.passwordHash(ACCOUNT)).contains(OLD_HASH);
    }

    @Test
    void resetWhenExpiredThenConflictAndHashUnchanged() {
        issue(TokenPurpose.RESET_PASSWORD, ACCOUNT, NOW.plus(Duration.ofHours(1)));
        fixture.given(unconfirmed(ACCOUNT, Role.EDITOR), new RegistrationExpired(ACCOUNT, Actors.SYSTEM, null))
                .when(new ResetPassword(ACCOUNT, TOKEN, NEW_HASH, CLIENT))
                .expectException(Refused.conflict("You cannot reset the password of an account that is EXPIRED."))
                .expectNoEvents();
        assertThat(credentials.passwordHash(ACCOUNT)).contains(OLD_HASH);
    }
}

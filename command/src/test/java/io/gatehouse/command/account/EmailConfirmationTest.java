package io.gatehouse.command.account;

import io.gatehouse.account.Actors;
import io.gatehouse.account.ConfirmEmail;
import io.gatehouse.account.EmailConfirmed;
import io.gatehouse.account.RegistrationExpired;
import io.gatehouse.account.Role;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.gatehouse.command.account.AccountHistory.CLIENT;
import static io.gatehouse.command.account.AccountHistory.registered;
import static io.gatehouse.command.account.AccountHistory.unconfirmed;
import static org.assertj.core.api.Assertions.assertThat;

/** Confirming the address with the link from the confirmation mail. */
class EmailConfirmationTest {

    private static final UUID ACCOUNT = UUID.fromString("66666666-6666-6666-6666-666666666666");
    private static final UUID OTHER = UUID.fromString("77777777-7777-7777-7777-777777777777");
    private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");
    private static final String TOKEN = Tokens.hash("confirmation-token");
    private static final String USED_OR_INVALID = "This link has been used already or is no longer valid.";

    private FixtureConfiguration<Account> fixture;
    private InMemoryTokenStore tokens;

    @BeforeEach
    void setUp() {
        tokens = new InMemoryTokenStore(NOW);
        fixture = new AggregateTestFixture<>(Account.class);
        fixture.registerInjectableResource(tokens);
    }

    private void issue(TokenPurpose purpose, UUID accountId, Instant expiresAt) {
        tokens.issue(TOKEN, purpose, accountId, expiresAt);
    }

    @Test
    void confirmWhenTokenValidThenConfirmedByTheAccountItselfAndTokenUsedUp() {
        issue(TokenPurpose.CONFIRM_EMAIL, ACCOUNT, NOW.plus(Duration.ofHours(48)));
        fixture.given(unconfirmed(ACCOUNT, Role.EDITOR))
                .when(new ConfirmEmail(ACCOUNT, TOKEN, CLIENT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new EmailConfirmed(ACCOUNT, Actors.of(ACCOUNT), CLIENT));
        assertThat(tokens.holds(TOKEN)).isFalse();
    }

    @Test
    void confirmWhenTokenUnknownThenRefusedAndNothingRecorded() {
        fixture.given(unconfirmed(ACCOUNT, Role.EDITOR))
                .when(new ConfirmEmail(ACCOUNT, TOKEN, CLIENT))
                .expectException(Refused.invalid(USED_OR_INVALID))
                .expectNoEvents();
    }

    @Test
    void confirmWithoutTokenThenRefusedAndNothingRecorded() {
        fixture.given(unconfirmed(ACCOUNT, Role.EDITOR))
                .when(new ConfirmEmail(ACCOUNT, null, CLIENT))
                .expectException(Refused.invalid(USED_OR_INVALID))
                .expectNoEvents();
    }

    /** Someone who signed up twice must not confirm one account with the other account's link. */
    @Test
    void confirmWhenTokenBelongsToAnotherAccountThenRefusedAndTheirTokenKept() {
        issue(TokenPurpose.CONFIRM_EMAIL, OTHER, NOW.plus(Duration.ofHours(48)));
        fixture.given(unconfirmed(ACCOUNT, Role.EDITOR))
                .when(new ConfirmEmail(ACCOUNT, TOKEN, CLIENT))
                .expectException(Refused.invalid(USED_OR_INVALID))
                .expectNoEvents();
        assertThat(tokens.findAccount(TOKEN, TokenPurpose.CONFIRM_EMAIL)).contains(OTHER);
    }

    @Test
    void confirmWhenTokenUsedAlreadyThenRefusedAndNothingRecorded() {
        issue(TokenPurpose.CONFIRM_EMAIL, ACCOUNT, NOW.plus(Duration.ofHours(48)));
        assertThat(tokens.consume(TOKEN, TokenPurpose.CONFIRM_EMAIL, ACCOUNT)).isTrue();
        fixture.given(unconfirmed(ACCOUNT, Role.EDITOR))
                .when(new ConfirmEmail(ACCOUNT, TOKEN, CLIENT))
                .expectException(Refused.invalid(USED_OR_INVALID))
                .expectNoEvents();
    }

    @Test
    void confirmWhenTokenRanOutThenRefusedAndNothingRecorded() {
        issue(TokenPurpose.CONFIRM_EMAIL, ACCOUNT, NOW);
        fixture.given(unconfirmed(ACCOUNT, Role.EDITOR))
                .when(new ConfirmEmail(ACCOUNT, TOKEN, CLIENT))
                .expectException(Refused.invalid(USED_OR_INVALID))
                .expectNoEvents();
    }

    /** A password-reset link proves the same mailbox, but was not sent to confirm a sign-up. */
    @Test
    void confirmWithPasswordResetTokenThenRefusedAndTokenKept() {
        issue(TokenPurpose.RESET_PASSWORD, ACCOUNT, NOW.plus(Duration.ofHours(1)));
        fixture.given(unconfirmed(ACCOUNT, Role.EDITOR))
                .when(new ConfirmEmail(ACCOUNT, TOKEN, CLIENT))
                .expectException(Refused.invalid(USED_OR_INVALID))
                .expectNoEvents();
        assertThat(tokens.holds(TOKEN)).isTrue();
    }

    @Test
    void confirmWhenAlreadyPendingThenConflictAndTokenKept() {
        issue(TokenPurpose.CONFIRM_EMAIL, ACCOUNT, NOW.plus(Duration.ofHours(48)));
        fixture.given(registered(ACCOUNT, Role.EDITOR))
                .when(new ConfirmEmail(ACCOUNT, TOKEN, CLIENT))
                .expectException(Refused.conflict("This address is already confirmed."))
                .expectNoEvents();
        assertThat(tokens.holds(TOKEN)).isTrue();
    }

    @Test
    void confirmWhenConfirmedBeforeThenConflict() {
        issue(TokenPurpose.CONFIRM_EMAIL, ACCOUNT, NOW.plus(Duration.ofHours(48)));
        fixture.given(unconfirmed(ACCOUNT, Role.EDITOR), new EmailConfirmed(ACCOUNT, Actors.of(ACCOUNT), CLIENT))
                .when(new ConfirmEmail(ACCOUNT, TOKEN, CLIENT))
                .expectException(Refused.conflict("This address is already confirmed."))
                .expectNoEvents();
    }

    @Test
    void confirmWhenRegistrationExpiredThenConflictAskingToSignUpAgain() {
        issue(TokenPurpose.CONFIRM_EMAIL, ACCOUNT, NOW.plus(Duration.ofHours(48)));
        fixture.given(unconfirmed(ACCOUNT, Role.EDITOR), new RegistrationExpired(ACCOUNT, Actors.SYSTEM, null))
                .when(new ConfirmEmail(ACCOUNT, TOKEN, CLIENT))
                .expectException(Refused.conflict(
                        "This sign-up lapsed before it was confirmed; please sign up again."))
                .expectNoEvents();
        assertThat(tokens.holds(TOKEN)).isTrue();
    }
}

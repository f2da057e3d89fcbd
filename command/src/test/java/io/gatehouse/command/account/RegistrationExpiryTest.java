package io.gatehouse.command.account;

import io.gatehouse.account.Actors;
import io.gatehouse.account.EmailConfirmed;
import io.gatehouse.account.ExpireRegistration;
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
import static io.gatehouse.command.account.AccountHistory.active;
import static io.gatehouse.command.account.AccountHistory.registered;
import static io.gatehouse.command.account.AccountHistory.unconfirmed;

/**
 * Sign-ups nobody confirmed lapse 48 hours after the registration event. The fixture stamps given events
 * with its own clock, so {@code givenCurrentTime} sets when the account was registered.
 */
class RegistrationExpiryTest {

    private static final UUID ACCOUNT = UUID.fromString("88888888-8888-8888-8888-888888888888");
    private static final Instant REGISTERED_AT = Instant.parse("2025-03-01T09:00:00Z");
    private static final Instant DEADLINE = REGISTERED_AT.plus(Duration.ofHours(48));
    private static final String STILL_HAS_TIME = "This account still has time to confirm its address.";

    private FixtureConfiguration<Account> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Account.class);
    }

    @Test
    void expireWhenUnverifiedAndDeadlineReachedThenExpiredBySystem() {
        fixture.givenCurrentTime(REGISTERED_AT)
                .andGiven(unconfirmed(ACCOUNT, Role.EDITOR))
                .when(new ExpireRegistration(ACCOUNT, DEADLINE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new RegistrationExpired(ACCOUNT, Actors.SYSTEM, null));
    }

    @Test
    void expireWhenUnverifiedLongAfterDeadlineThenExpired() {
        fixture.givenCurrentTime(REGISTERED_AT)
                .andGiven(unconfirmed(ACCOUNT, Role.EDITOR))
                .when(new ExpireRegistration(ACCOUNT, DEADLINE.plus(Duration.ofDays(30))))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new RegistrationExpired(ACCOUNT, Actors.SYSTEM, null));
    }

    @Test
    void expireWhenOneSecondBeforeDeadlineThenRefusedAndNothingRecorded() {
        fixture.givenCurrentTime(REGISTERED_AT)
                .andGiven(unconfirmed(ACCOUNT, Role.EDITOR))
                .when(new ExpireRegistration(ACCOUNT, DEADLINE.minusSeconds(1)))
                .expectException(Refused.conflict(STILL_HAS_TIME))
                .expectNoEvents();
    }

    /** The same "as of" that expires an account registered at 09:00 must spare one registered at 19:00. */
    @Test
    void expireWhenRegisteredLaterThenDeadlineCountsFromRegistrationAndRefused() {
        fixture.givenCurrentTime(REGISTERED_AT.plus(Duration.ofHours(10)))
                .andGiven(unconfirmed(ACCOUNT, Role.EDITOR))
                .when(new ExpireRegistration(ACCOUNT, DEADLINE))
                .expectException(Refused.conflict(STILL_HAS_TIME))
                .expectNoEvents();
    }

    /** A scheduler that sent no time has not shown that any time passed. */
    @Test
    void expireWithoutAsOfThenRefused() {
        fixture.givenCurrentTime(REGISTERED_AT)
                .andGiven(unconfirmed(ACCOUNT, Role.EDITOR))
                .when(new ExpireRegistration(ACCOUNT, null))
                .expectException(Refused.conflict(STILL_HAS_TIME))
                .expectNoEvents();
    }

    @Test
    void expireWhenConfirmedInTimeThenRefusedEvenAfterDeadline() {
        fixture.givenCurrentTime(REGISTERED_AT)
                .andGiven(unconfirmed(ACCOUNT, Role.EDITOR), new EmailConfirmed(ACCOUNT, Actors.of(ACCOUNT), CLIENT))
                .when(new ExpireRegistration(ACCOUNT, DEADLINE.plus(Duration.ofDays(1))))
                .expectException(Refused.conflict(
                        "You can only expire an account that is UNVERIFIED; this account is PENDING."))
                .expectNoEvents();
    }

    /** Accounts that never needed a confirmation (the first admin, accounts from before it existed) never lapse. */
    @Test
    void expireWhenRegisteredWithoutConfirmationThenRefused() {
        fixture.givenCurrentTime(REGISTERED_AT)
                .andGiven(registered(ACCOUNT, Role.EDITOR))
                .when(new ExpireRegistration(ACCOUNT, DEADLINE))
                .expectException(Refused.conflict(
                        "You can only expire an account that is UNVERIFIED; this account is PENDING."))
                .expectNoEvents();
    }

    @Test
    void expireWhenActiveThenRefused() {
        fixture.givenCurrentTime(REGISTERED_AT)
                .andGiven(active(ACCOUNT, Role.EDITOR))
                .when(new ExpireRegistration(ACCOUNT, DEADLINE))
                .expectException(Refused.conflict(
                        "You can only expire an account that is UNVERIFIED; this account is ACTIVE."))
                .expectNoEvents();
    }

    @Test
    void expireWhenExpiredAlreadyThenRefusedAndNotRecordedTwice() {
        fixture.givenCurrentTime(REGISTERED_AT)
                .andGiven(unconfirmed(ACCOUNT, Role.EDITOR), new RegistrationExpired(ACCOUNT, Actors.SYSTEM, null))
                .when(new ExpireRegistration(ACCOUNT, DEADLINE.plus(Duration.ofDays(1))))
                .expectException(Refused.conflict(
                        "You can only expire an account that is UNVERIFIED; this account is EXPIRED."))
                .expectNoEvents();
    }
}

package io.gatehouse.command.account;

import io.gatehouse.account.AccountApproved;
import io.gatehouse.account.Actors;
import io.gatehouse.account.ApproveAccount;
import io.gatehouse.account.EmailConfirmed;
import io.gatehouse.account.RejectAccount;
import io.gatehouse.account.Role;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.gatehouse.command.account.AccountHistory.ADMIN;
import static io.gatehouse.command.account.AccountHistory.CLIENT;
import static io.gatehouse.command.account.AccountHistory.unconfirmed;

/** Admins see a sign-up only once its owner has shown the address is theirs. */
class ApprovalAfterConfirmationTest {

    private static final UUID ACCOUNT = UUID.fromString("66666666-6666-6666-6666-666666666666");

    private FixtureConfiguration<Account> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Account.class);
    }

    @Test
    void approveWhenUnverifiedThenConflictAndNothingRecorded() {
        fixture.given(unconfirmed(ACCOUNT, Role.EDITOR))
                .when(new ApproveAccount(ACCOUNT, null, ADMIN, CLIENT))
                .expectException(Refused.conflict(
                        "You can only approve an account that is PENDING; this account is UNVERIFIED."))
                .expectNoEvents();
    }

    @Test
    void approveWhenConfirmedThenApprovedWithRequestedRole() {
        fixture.given(unconfirmed(ACCOUNT, Role.SPONSOR), new EmailConfirmed(ACCOUNT, Actors.of(ACCOUNT), CLIENT))
                .when(new ApproveAccount(ACCOUNT, null, ADMIN, CLIENT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AccountApproved(ACCOUNT, Role.SPONSOR, null, ADMIN, CLIENT));
    }

    /** Nothing to reject yet either: an unconfirmed sign-up simply lapses. */
    @Test
    void rejectWhenUnverifiedThenConflictAndNothingRecorded() {
        fixture.given(unconfirmed(ACCOUNT, Role.EDITOR))
                .when(new RejectAccount(ACCOUNT, "Unknown organization.", ADMIN, CLIENT))
                .expectException(Refused.conflict(
                        "You can only reject an account that is PENDING; this account is UNVERIFIED."))
                .expectNoEvents();
    }
}

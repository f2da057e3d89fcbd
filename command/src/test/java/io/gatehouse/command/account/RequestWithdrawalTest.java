package io.gatehouse.command.account;

import io.gatehouse.account.Actors;
import io.gatehouse.account.ApproveAccount;
import io.gatehouse.account.RejectAccount;
import io.gatehouse.account.RequestWithdrawn;
import io.gatehouse.account.Role;
import io.gatehouse.account.WithdrawRequest;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.gatehouse.command.account.AccountHistory.ADMIN;
import static io.gatehouse.command.account.AccountHistory.CLIENT;
import static io.gatehouse.command.account.AccountHistory.active;
import static io.gatehouse.command.account.AccountHistory.registered;
import static io.gatehouse.command.account.AccountHistory.unconfirmed;

/** A person takes back a request to join that no admin has decided yet. */
class RequestWithdrawalTest {

    private static final UUID ACCOUNT = UUID.fromString("11111111-1111-1111-1111-111111111111");
    private static final String SELF = Actors.of(ACCOUNT);

    private FixtureConfiguration<Account> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Account.class);
    }

    @Test
    void withdrawWhenPendingThenWithdrawnWithReason() {
        fixture.given(registered(ACCOUNT, Role.SPONSOR))
                .when(new WithdrawRequest(ACCOUNT, "  Joined another team. ", SELF, CLIENT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new RequestWithdrawn(ACCOUNT, "Joined another team.", SELF, CLIENT));
    }

    @Test
    void withdrawWithoutReasonThenWithdrawnWithNone() {
        fixture.given(registered(ACCOUNT, Role.SPONSOR))
                .when(new WithdrawRequest(ACCOUNT, " ", SELF, CLIENT))
                .expectEvents(new RequestWithdrawn(ACCOUNT, null, SELF, CLIENT));
    }

    @Test
    void withdrawWhenReasonTooLongThenRefusedAsInvalid() {
        fixture.given(registered(ACCOUNT, Role.SPONSOR))
                .when(new WithdrawRequest(ACCOUNT, "x".repeat(501), SELF, CLIENT))
                .expectException(Refused.invalid("A reason can be at most 500 characters long."))
                .expectNoEvents();
    }

    @Test
    void withdrawWhenActiveThenRefusedAsConflict() {
        fixture.given(active(ACCOUNT, Role.SPONSOR))
                .when(new WithdrawRequest(ACCOUNT, null, SELF, CLIENT))
                .expectException(Refused.conflict(
                        "Only a request still waiting for an admin can be withdrawn; this account is ACTIVE."))
                .expectNoEvents();
    }

    @Test
    void withdrawWhenAlreadyWithdrawnThenRefusedAsConflict() {
        fixture.given(registered(ACCOUNT, Role.SPONSOR), new RequestWithdrawn(ACCOUNT, null, SELF, CLIENT))
                .when(new WithdrawRequest(ACCOUNT, null, SELF, CLIENT))
                .expectException(Refused.conflict(
                        "Only a request still waiting for an admin can be withdrawn; this account is WITHDRAWN."))
                .expectNoEvents();
    }

    @Test
    void withdrawWhenUnconfirmedThenRefused() {
        fixture.given(unconfirmed(ACCOUNT, Role.SPONSOR))
                .when(new WithdrawRequest(ACCOUNT, null, SELF, CLIENT))
                .expectException(Refused.conflict(
                        "Only a request still waiting for an admin can be withdrawn; this account is UNVERIFIED."))
                .expectNoEvents();
    }

    @Test
    void withdrawByAnAdminThenRefused() {
        fixture.given(registered(ACCOUNT, Role.SPONSOR))
                .when(new WithdrawRequest(ACCOUNT, null, ADMIN, CLIENT))
                .expectException(Refused.conflict("Only the account's owner can withdraw the request."))
                .expectNoEvents();
    }

    @Test
    void approveWhenWithdrawnThenRefusedAsConflict() {
        fixture.given(registered(ACCOUNT, Role.SPONSOR), new RequestWithdrawn(ACCOUNT, null, SELF, CLIENT))
                .when(new ApproveAccount(ACCOUNT, null, ADMIN, CLIENT))
                .expectException(Refused.conflict(
                        "You can only approve an account that is PENDING; this account is WITHDRAWN."))
                .expectNoEvents();
    }

    @Test
    void rejectWhenWithdrawnThenRefusedAsConflict() {
        fixture.given(registered(ACCOUNT, Role.SPONSOR), new RequestWithdrawn(ACCOUNT, null, SELF, CLIENT))
                .when(new RejectAccount(ACCOUNT, "No.", ADMIN, CLIENT))
                .expectException(Refused.conflict(
                        "You can only reject an account that is PENDING; this account is WITHDRAWN."))
                .expectNoEvents();
    }
}

package io.gatehouse.command.account;

import io.gatehouse.account.AccountApproved;
import io.gatehouse.account.AccountReinstated;
import io.gatehouse.account.AccountRejected;
import io.gatehouse.account.AccountSuspended;
import io.gatehouse.account.Actors;
import io.gatehouse.account.ApproveAccount;
import io.gatehouse.account.ReinstateAccount;
import io.gatehouse.account.RejectAccount;
import io.gatehouse.account.Role;
import io.gatehouse.account.SuspendAccount;
import io.gatehouse.command.CommandRefusedException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.gatehouse.command.account.AccountHistory.ADMIN;
import static io.gatehouse.command.account.AccountHistory.CLIENT;
import static io.gatehouse.command.account.AccountHistory.active;
import static io.gatehouse.command.account.AccountHistory.registered;
import static io.gatehouse.command.account.AccountHistory.rejected;
import static io.gatehouse.command.account.AccountHistory.suspendedAccount;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Approve, reject, suspend and reinstate. */
class AccountLifecycleTest {

    private static final UUID ACCOUNT = UUID.fromString("11111111-1111-1111-1111-111111111111");
    private static final UUID OTHER_ADMIN = UUID.fromString("22222222-2222-2222-2222-222222222222");

    private FixtureConfiguration<Account> fixture;
    private InMemoryAccountRegistry registry;

    @BeforeEach
    void setUp() {
        registry = new InMemoryAccountRegistry();
        fixture = new AggregateTestFixture<>(Account.class);
        fixture.registerInjectableResource(registry);
    }

    // --- approve -------------------------------------------------------------------------------------------

    @Test
    void approveWhenPendingThenApprovedWithRequestedRole() {
        fixture.given(registered(ACCOUNT, Role.EDITOR))
                .when(new ApproveAccount(ACCOUNT, null, ADMIN, CLIENT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AccountApproved(ACCOUNT, Role.EDITOR, null, ADMIN, CLIENT));
    }

    @Test
    void approveWhenPendingSponsorThenSponsorRoleGranted() {
        fixture.given(registered(ACCOUNT, Role.SPONSOR))
                .when(new ApproveAccount(ACCOUNT, null, ADMIN, CLIENT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AccountApproved(ACCOUNT, Role.SPONSOR, null, ADMIN, CLIENT));
    }

    @Test
    void approveWithReasonThenReasonRecordedTrimmed() {
        fixture.given(registered(ACCOUNT, Role.EDITOR))
                .when(new ApproveAccount(ACCOUNT, "  Known to the team.  ", ADMIN, CLIENT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AccountApproved(ACCOUNT, Role.EDITOR, "Known to the team.", ADMIN, CLIENT));
    }

    @Test
    void approveWithBlankReasonThenApprovedWithoutReason() {
        fixture.given(registered(ACCOUNT, Role.EDITOR))
                .when(new ApproveAccount(ACCOUNT, "   ", ADMIN, CLIENT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AccountApproved(ACCOUNT, Role.EDITOR, null, ADMIN, CLIENT));
    }

    @Test
    void approveWithTooLongReasonThenRefused() {
        fixture.given(registered(ACCOUNT, Role.EDITOR))
                .when(new ApproveAccount(ACCOUNT, "x".repeat(501), ADMIN, CLIENT))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("A reason can be at most 500 characters long.")
                .expectNoEvents();
    }

    @Test
    void approveWhenActiveThenRefused() {
        fixture.given(active(ACCOUNT, Role.EDITOR))
                .when(new ApproveAccount(ACCOUNT, null, ADMIN, CLIENT))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("You can only approve an account that is PENDING; this account is ACTIVE.")
                .expectNoEvents();
    }

    @Test
    void approveWhenRejectedThenRefused() {
        fixture.given(registered(ACCOUNT, Role.EDITOR), rejected(ACCOUNT))
                .when(new ApproveAccount(ACCOUNT, null, ADMIN, CLIENT))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage(containsString("this account is REJECTED"))
                .expectNoEvents();
    }

    @Test
    void approveWhenSuspendedThenRefused() {
        fixture.given(suspendedAccount(ACCOUNT, Role.EDITOR))
                .when(new ApproveAccount(ACCOUNT, null, ADMIN, CLIENT))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage(containsString("this account is SUSPENDED"))
                .expectNoEvents();
    }

    // --- reject --------------------------------------------------------------------------------------------

    @Test
    void rejectWhenPendingWithReasonThenRejected() {
        fixture.given(registered(ACCOUNT, Role.SPONSOR))
                .when(new RejectAccount(ACCOUNT, " Unknown organization. ", ADMIN, CLIENT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AccountRejected(ACCOUNT, "Unknown organization.", ADMIN, CLIENT));
    }

    @Test
    void rejectWithReasonOfExactlyMaximumLengthThenRejected() {
        String reason = "r".repeat(500);
        fixture.given(registered(ACCOUNT, Role.SPONSOR))
                .when(new RejectAccount(ACCOUNT, reason, ADMIN, CLIENT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AccountRejected(ACCOUNT, reason, ADMIN, CLIENT));
    }

    @Test
    void rejectWithBlankReasonThenRefused() {
        fixture.given(registered(ACCOUNT, Role.SPONSOR))
                .when(new RejectAccount(ACCOUNT, "  ", ADMIN, CLIENT))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("A reason is required to reject an account.")
                .expectNoEvents();
    }

    @Test
    void rejectWithoutReasonThenRefused() {
        fixture.given(registered(ACCOUNT, Role.SPONSOR))
                .when(new RejectAccount(ACCOUNT, null, ADMIN, CLIENT))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("A reason is required to reject an account.")
                .expectNoEvents();
    }

    @Test
    void rejectWithReasonLongerThan500CharactersThenRefused() {
        fixture.given(registered(ACCOUNT, Role.SPONSOR))
                .when(new RejectAccount(ACCOUNT, "r".repeat(501), ADMIN, CLIENT))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("A reason can be at most 500 characters long.")
                .expectNoEvents();
    }

    @Test
    void rejectOwnAccountThenRefused() {
        fixture.given(registered(ACCOUNT, Role.SPONSOR))
                .when(new RejectAccount(ACCOUNT, "Changed my mind.", Actors.of(ACCOUNT), CLIENT))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("You cannot reject your own account.")
                .expectNoEvents();
    }

    @Test
    void rejectWhenActiveThenRefused() {
        fixture.given(active(ACCOUNT, Role.SPONSOR))
                .when(new RejectAccount(ACCOUNT, "Too late.", ADMIN, CLIENT))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("You can only reject an account that is PENDING; this account is ACTIVE.")
                .expectNoEvents();
    }

    // --- suspend -------------------------------------------------------------------------------------------

    @Test
    void suspendWhenActiveThenSuspended() {
        fixture.given(active(ACCOUNT, Role.EDITOR))
                .when(new SuspendAccount(ACCOUNT, " Abuse report. ", ADMIN, CLIENT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AccountSuspended(ACCOUNT, "Abuse report.", ADMIN, CLIENT));
    }

    @Test
    void suspendWhenPendingThenRejected() {
        fixture.given(registered(ACCOUNT, Role.EDITOR))
                .when(new SuspendAccount(ACCOUNT, "Abuse report.", ADMIN, CLIENT))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage(containsString("this account is PENDING"))
                .expectNoEvents();
    }

    @Test
    void suspendWhenAlreadySuspendedThenRejected() {
        fixture.given(suspendedAccount(ACCOUNT, Role.EDITOR))
                .when(new SuspendAccount(ACCOUNT, "Again.", ADMIN, CLIENT))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage(containsString("this account is SUSPENDED"))
                .expectNoEvents();
    }

    @Test
    void suspendWithBlankReasonThenRefused() {
        fixture.given(active(ACCOUNT, Role.EDITOR))
                .when(new SuspendAccount(ACCOUNT, "", ADMIN, CLIENT))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("A reason is required to suspend an account.")
                .expectNoEvents();
    }

    @Test
    void suspendOwnAccountThenRefused() {
        registry.withActiveAdmin(ACCOUNT).withActiveAdmin(OTHER_ADMIN);
        fixture.given(active(ACCOUNT, Role.ADMIN))
                .when(new SuspendAccount(ACCOUNT, "Taking a break.", Actors.of(ACCOUNT), CLIENT))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("You cannot suspend your own account.")
                .expectNoEvents();
    }

    @Test
    void suspendLastActiveAdminThenRefused() {
        registry.withActiveAdmin(ACCOUNT);
        fixture.given(active(ACCOUNT, Role.ADMIN))
                .when(new SuspendAccount(ACCOUNT, "Left the company.", ADMIN, CLIENT))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage(containsString("This is the last active admin; it cannot be suspended."))
                .expectNoEvents();
    }

    @Test
    void suspendAdminWhenAnotherActiveAdminExistsThenSuspended() {
        registry.withActiveAdmin(ACCOUNT).withActiveAdmin(OTHER_ADMIN);
        fixture.given(active(ACCOUNT, Role.ADMIN))
                .when(new SuspendAccount(ACCOUNT, "Left the company.", Actors.of(OTHER_ADMIN), CLIENT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AccountSuspended(ACCOUNT, "Left the company.", Actors.of(OTHER_ADMIN), CLIENT));
    }

    @Test
    void suspendNonAdminThenAdminRuleNotConsulted() {
        // No active admin at all: if the rule were consulted, the suspension would be refused.
        fixture.given(active(ACCOUNT, Role.EDITOR))
                .when(new SuspendAccount(ACCOUNT, "Abuse report.", ADMIN, CLIENT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AccountSuspended(ACCOUNT, "Abuse report.", ADMIN, CLIENT));
        assertEquals(0, registry.adminRuleConsultations());
    }

    // --- reinstate -----------------------------------------------------------------------------------------

    @Test
    void reinstateWhenSuspendedThenReinstated() {
        fixture.given(suspendedAccount(ACCOUNT, Role.EDITOR))
                .when(new ReinstateAccount(ACCOUNT, " Cleared. ", ADMIN, CLIENT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AccountReinstated(ACCOUNT, "Cleared.", ADMIN, CLIENT));
    }

    @Test
    void reinstateWhenActiveThenRefused() {
        fixture.given(active(ACCOUNT, Role.EDITOR))
                .when(new ReinstateAccount(ACCOUNT, "Cleared.", ADMIN, CLIENT))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("You can only reinstate an account that is SUSPENDED; this account is ACTIVE.")
                .expectNoEvents();
    }

    @Test
    void reinstateWhenPendingThenRefused() {
        fixture.given(registered(ACCOUNT, Role.EDITOR))
                .when(new ReinstateAccount(ACCOUNT, "Cleared.", ADMIN, CLIENT))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage(containsString("this account is PENDING"))
                .expectNoEvents();
    }

    @Test
    void reinstateWithBlankReasonThenRefused() {
        fixture.given(suspendedAccount(ACCOUNT, Role.EDITOR))
                .when(new ReinstateAccount(ACCOUNT, " ", ADMIN, CLIENT))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("A reason is required to reinstate an account.")
                .expectNoEvents();
    }

    @Test
    void reinstatedAccountCanBeSuspendedAgain() {
        fixture.given(suspendedAccount(ACCOUNT, Role.EDITOR))
                .andGiven(new AccountReinstated(ACCOUNT, "Cleared.", ADMIN, CLIENT))
                .when(new SuspendAccount(ACCOUNT, "Second report.", ADMIN, CLIENT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AccountSuspended(ACCOUNT, "Second report.", ADMIN, CLIENT));
    }
}

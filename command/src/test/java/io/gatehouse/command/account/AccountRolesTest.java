package io.gatehouse.command.account;

import io.gatehouse.account.Actors;
import io.gatehouse.account.GrantRole;
import io.gatehouse.account.RevokeRole;
import io.gatehouse.account.Role;
import io.gatehouse.account.RoleGranted;
import io.gatehouse.account.RoleRevoked;
import io.gatehouse.command.CommandRefusedException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.gatehouse.command.account.AccountHistory.ADMIN;
import static io.gatehouse.command.account.AccountHistory.CLIENT;
import static io.gatehouse.command.account.AccountHistory.active;
import static io.gatehouse.command.account.AccountHistory.granted;
import static io.gatehouse.command.account.AccountHistory.registered;
import static io.gatehouse.command.account.AccountHistory.rejected;
import static io.gatehouse.command.account.AccountHistory.suspendedAccount;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Granting and revoking roles. */
class AccountRolesTest {

    private static final UUID ACCOUNT = UUID.fromString("33333333-3333-3333-3333-333333333333");
    private static final UUID OTHER_ADMIN = UUID.fromString("44444444-4444-4444-4444-444444444444");

    private FixtureConfiguration<Account> fixture;
    private InMemoryAccountRegistry registry;

    @BeforeEach
    void setUp() {
        registry = new InMemoryAccountRegistry();
        fixture = new AggregateTestFixture<>(Account.class);
        fixture.registerInjectableResource(registry);
    }

    // --- grant ---------------------------------------------------------------------------------------------

    @Test
    void grantRoleWhenActiveThenRoleGranted() {
        fixture.given(active(ACCOUNT, Role.EDITOR))
                .when(new GrantRole(ACCOUNT, Role.AUDITOR, " Quarterly audit. ", ADMIN, CLIENT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new RoleGranted(ACCOUNT, Role.AUDITOR, "Quarterly audit.", ADMIN, CLIENT));
    }

    @Test
    void grantRoleWithoutReasonThenRoleGranted() {
        fixture.given(active(ACCOUNT, Role.EDITOR))
                .when(new GrantRole(ACCOUNT, Role.SPONSOR, null, ADMIN, CLIENT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new RoleGranted(ACCOUNT, Role.SPONSOR, null, ADMIN, CLIENT));
    }

    @Test
    void grantRoleWhenSuspendedThenRoleGranted() {
        fixture.given(suspendedAccount(ACCOUNT, Role.EDITOR))
                .when(new GrantRole(ACCOUNT, Role.ADMIN, null, ADMIN, CLIENT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new RoleGranted(ACCOUNT, Role.ADMIN, null, ADMIN, CLIENT));
    }

    @Test
    void grantRoleWhenPendingThenRefused() {
        fixture.given(registered(ACCOUNT, Role.EDITOR))
                .when(new GrantRole(ACCOUNT, Role.AUDITOR, null, ADMIN, CLIENT))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("You can only grant a role to an ACTIVE or SUSPENDED account;"
                        + " this account is PENDING.")
                .expectNoEvents();
    }

    @Test
    void grantRoleWhenRejectedThenRefused() {
        fixture.given(registered(ACCOUNT, Role.EDITOR), rejected(ACCOUNT))
                .when(new GrantRole(ACCOUNT, Role.AUDITOR, null, ADMIN, CLIENT))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage(containsString("this account is REJECTED"))
                .expectNoEvents();
    }

    @Test
    void grantRoleAlreadyHeldThenRefused() {
        fixture.given(active(ACCOUNT, Role.EDITOR))
                .when(new GrantRole(ACCOUNT, Role.EDITOR, null, ADMIN, CLIENT))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("The account already holds the EDITOR role.")
                .expectNoEvents();
    }

    @Test
    void grantRoleAlreadyGrantedEarlierThenRefused() {
        fixture.given(active(ACCOUNT, Role.EDITOR))
                .andGiven(granted(ACCOUNT, Role.AUDITOR))
                .when(new GrantRole(ACCOUNT, Role.AUDITOR, null, ADMIN, CLIENT))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("The account already holds the AUDITOR role.")
                .expectNoEvents();
    }

    @Test
    void grantNullRoleThenRefused() {
        fixture.given(active(ACCOUNT, Role.EDITOR))
                .when(new GrantRole(ACCOUNT, null, null, ADMIN, CLIENT))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("Choose a role.")
                .expectNoEvents();
    }

    @Test
    void grantRoleWithTooLongReasonThenRefused() {
        fixture.given(active(ACCOUNT, Role.EDITOR))
                .when(new GrantRole(ACCOUNT, Role.AUDITOR, "x".repeat(501), ADMIN, CLIENT))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("A reason can be at most 500 characters long.")
                .expectNoEvents();
    }

    // --- revoke --------------------------------------------------------------------------------------------

    @Test
    void revokeHeldRoleThenRoleRevoked() {
        fixture.given(active(ACCOUNT, Role.EDITOR))
                .andGiven(granted(ACCOUNT, Role.AUDITOR))
                .when(new RevokeRole(ACCOUNT, Role.AUDITOR, " Audit finished. ", ADMIN, CLIENT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new RoleRevoked(ACCOUNT, Role.AUDITOR, "Audit finished.", ADMIN, CLIENT));
    }

    @Test
    void revokeRoleFromSuspendedAccountThenRoleRevoked() {
        fixture.given(suspendedAccount(ACCOUNT, Role.EDITOR))
                .when(new RevokeRole(ACCOUNT, Role.EDITOR, "No longer editing.", ADMIN, CLIENT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new RoleRevoked(ACCOUNT, Role.EDITOR, "No longer editing.", ADMIN, CLIENT));
    }

    @Test
    void revokeRoleNotHeldThenRefused() {
        fixture.given(active(ACCOUNT, Role.EDITOR))
                .when(new RevokeRole(ACCOUNT, Role.SPONSOR, "Not needed.", ADMIN, CLIENT))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("The account does not hold the SPONSOR role.")
                .expectNoEvents();
    }

    @Test
    void revokeRoleAlreadyRevokedThenRefused() {
        fixture.given(active(ACCOUNT, Role.EDITOR))
                .andGiven(granted(ACCOUNT, Role.AUDITOR),
                        new RoleRevoked(ACCOUNT, Role.AUDITOR, "Audit finished.", ADMIN, CLIENT))
                .when(new RevokeRole(ACCOUNT, Role.AUDITOR, "Again.", ADMIN, CLIENT))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("The account does not hold the AUDITOR role.")
                .expectNoEvents();
    }

    @Test
    void revokeRoleFromOwnAccountThenRefused() {
        fixture.given(active(ACCOUNT, Role.EDITOR))
                .andGiven(granted(ACCOUNT, Role.AUDITOR))
                .when(new RevokeRole(ACCOUNT, Role.AUDITOR, "Not needed.", Actors.of(ACCOUNT), CLIENT))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("You cannot revoke a role from your own account.")
                .expectNoEvents();
    }

    @Test
    void revokeRoleWithBlankReasonThenRefused() {
        fixture.given(active(ACCOUNT, Role.EDITOR))
                .when(new RevokeRole(ACCOUNT, Role.EDITOR, " ", ADMIN, CLIENT))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("A reason is required to revoke a role from an account.")
                .expectNoEvents();
    }

    @Test
    void revokeNullRoleThenRefused() {
        fixture.given(active(ACCOUNT, Role.EDITOR))
                .when(new RevokeRole(ACCOUNT, null, "Not needed.", ADMIN, CLIENT))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("Choose a role.")
                .expectNoEvents();
    }

    @Test
    void revokeRoleWhenPendingThenRefused() {
        fixture.given(registered(ACCOUNT, Role.EDITOR))
                .when(new RevokeRole(ACCOUNT, Role.EDITOR, "Not needed.", ADMIN, CLIENT))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("You can only revoke a role from an ACTIVE or SUSPENDED account;"
                        + " this account is PENDING.")
                .expectNoEvents();
    }

    @Test
    void revokeAdminWhenLastActiveAdminThenRefused() {
        registry.withActiveAdmin(ACCOUNT);
        fixture.given(active(ACCOUNT, Role.ADMIN))
                .when(new RevokeRole(ACCOUNT, Role.ADMIN, "Stepping down.", ADMIN, CLIENT))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage(containsString(
                        "This is the last active admin; it cannot be stripped of the ADMIN role."))
                .expectNoEvents();
    }

    @Test
    void revokeAdminWhenAnotherActiveAdminExistsThenRoleRevoked() {
        registry.withActiveAdmin(ACCOUNT).withActiveAdmin(OTHER_ADMIN);
        fixture.given(active(ACCOUNT, Role.ADMIN))
                .when(new RevokeRole(ACCOUNT, Role.ADMIN, "Stepping down.", Actors.of(OTHER_ADMIN), CLIENT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new RoleRevoked(ACCOUNT, Role.ADMIN, "Stepping down.", Actors.of(OTHER_ADMIN),
                        CLIENT));
    }

    @Test
    void revokeAdminFromSuspendedAdminWhenNoOtherActiveAdminThenRoleRevoked() {
        // The suspended admin is not an active admin, so removing its role cannot leave the service without one.
        fixture.given(suspendedAccount(ACCOUNT, Role.ADMIN))
                .when(new RevokeRole(ACCOUNT, Role.ADMIN, "Will not return.", ADMIN, CLIENT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new RoleRevoked(ACCOUNT, Role.ADMIN, "Will not return.", ADMIN, CLIENT));
        assertEquals(0, registry.adminRuleConsultations());
    }

    @Test
    void revokeNonAdminRoleThenAdminRuleNotConsulted() {
        fixture.given(active(ACCOUNT, Role.ADMIN))
                .andGiven(granted(ACCOUNT, Role.AUDITOR))
                .when(new RevokeRole(ACCOUNT, Role.AUDITOR, "Audit finished.", ADMIN, CLIENT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new RoleRevoked(ACCOUNT, Role.AUDITOR, "Audit finished.", ADMIN, CLIENT));
        assertEquals(0, registry.adminRuleConsultations());
    }
}

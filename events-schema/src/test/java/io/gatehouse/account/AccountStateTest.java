package io.gatehouse.account;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.gatehouse.account.AccountEventSamples.ACCOUNT;
import static io.gatehouse.account.AccountEventSamples.ADMIN;
import static io.gatehouse.account.AccountEventSamples.CLIENT;
import static io.gatehouse.account.AccountEventSamples.SELF;
import static org.assertj.core.api.Assertions.assertThat;

/** What each event does to the account's state. */
class AccountStateTest {

    private static AccountRegistered registered(boolean confirmationRequired) {
        return new AccountRegistered(ACCOUNT, "ada@example.org", "Ada Lovelace", "Engines", Role.EDITOR,
                confirmationRequired, SELF, CLIENT);
    }

    private static AccountState pending() {
        return AccountState.none().after(registered(false));
    }

    private static AccountState active() {
        return pending().after(new AccountApproved(ACCOUNT, Role.EDITOR, "Known to the team.", ADMIN, CLIENT));
    }

    @Test
    void noneThenDoesNotExistAndHoldsNothing() {
        AccountState none = AccountState.none();

        assertThat(none.exists()).isFalse();
        assertThat(none.status()).isNull();
        assertThat(none.roles()).isEmpty();
    }

    @Test
    void registeredWhenConfirmationRequiredThenUnverifiedWithItsDetails() {
        AccountState state = AccountState.none().after(registered(true));

        assertThat(state).isEqualTo(new AccountState("ada@example.org", "Ada Lovelace", "Engines",
                AccountStatus.UNVERIFIED, Role.EDITOR, Set.of(), null, false));
        assertThat(state.exists()).isTrue();
    }

    @Test
    void registeredWhenConfirmationNotRequiredThenPending() {
        assertThat(AccountState.none().after(registered(false)).status()).isEqualTo(AccountStatus.PENDING);
    }

    /** Asking for a role is not holding it: only approval grants it. */
    @Test
    void registeredThenRequestedRoleNotHeld() {
        assertThat(pending().holds(Role.EDITOR)).isFalse();
    }

    @Test
    void emailConfirmedThenPending() {
        AccountState state = AccountState.none().after(registered(true))
                .after(new EmailConfirmed(ACCOUNT, SELF, CLIENT));

        assertThat(state.status()).isEqualTo(AccountStatus.PENDING);
        assertThat(state.email()).isEqualTo("ada@example.org");
    }

    @Test
    void registrationExpiredThenExpiredAndAddressFreeAgain() {
        AccountState state = AccountState.none().after(registered(true))
                .after(new RegistrationExpired(ACCOUNT, Actors.SYSTEM, null));

        assertThat(state.status()).isEqualTo(AccountStatus.EXPIRED);
        assertThat(state.status().holdsEmailAddress()).isFalse();
    }

    @Test
    void requestWithdrawnThenWithdrawnWithItsReasonAndAddressFreeAgain() {
        AccountState state = pending().after(new RequestWithdrawn(ACCOUNT, "Joined another team.", SELF, CLIENT));

        assertThat(state.status()).isEqualTo(AccountStatus.WITHDRAWN);
        assertThat(state.statusReason()).isEqualTo("Joined another team.");
        assertThat(state.status().holdsEmailAddress()).isFalse();
        assertThat(state.status().canSignIn()).isFalse();
    }

    @Test
    void detailsChangedThenNewNameAndOrganizationWithStatusKept() {
        AccountState state = pending().after(new AccountDetailsChanged(ACCOUNT, "Ada King", "Analytical Engines",
                SELF, CLIENT));

        assertThat(state.displayName()).isEqualTo("Ada King");
        assertThat(state.organization()).isEqualTo("Analytical Engines");
        assertThat(state.status()).isEqualTo(AccountStatus.PENDING);
        assertThat(state.email()).isEqualTo("ada@example.org");
    }

    @Test
    void approvedThenActiveHoldingGrantedRoleWithReason() {
        AccountState state = active();

        assertThat(state.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(state.roles()).containsExactly(Role.EDITOR);
        assertThat(state.isActiveWith(Role.EDITOR)).isTrue();
        assertThat(state.statusReason()).isEqualTo("Known to the team.");
    }

    @Test
    void rejectedThenRejectedWithReason() {
        AccountState state = pending().after(new AccountRejected(ACCOUNT, "Unknown organization.", ADMIN, CLIENT));

        assertThat(state.status()).isEqualTo(AccountStatus.REJECTED);
        assertThat(state.statusReason()).isEqualTo("Unknown organization.");
        assertThat(state.roles()).isEmpty();
    }

    /** Suspension keeps the roles for a later reinstatement, but they stop counting. */
    @Test
    void suspendedThenRolesKeptButNotActive() {
        AccountState state = active().after(new AccountSuspended(ACCOUNT, "Abuse report.", ADMIN, CLIENT));

        assertThat(state.status()).isEqualTo(AccountStatus.SUSPENDED);
        assertThat(state.statusReason()).isEqualTo("Abuse report.");
        assertThat(state.holds(Role.EDITOR)).isTrue();
        assertThat(state.isActiveWith(Role.EDITOR)).isFalse();
    }

    @Test
    void reinstatedThenActiveAgainWithReinstatementReason() {
        AccountState state = active().after(new AccountSuspended(ACCOUNT, "Abuse report.", ADMIN, CLIENT))
                .after(new AccountReinstated(ACCOUNT, "Cleared.", ADMIN, CLIENT));

        assertThat(state.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(state.statusReason()).isEqualTo("Cleared.");
        assertThat(state.isActiveWith(Role.EDITOR)).isTrue();
    }
}

package io.gatehouse.account;

import org.junit.jupiter.api.Test;

import static io.gatehouse.account.AccountEventSamples.ACCOUNT;
import static io.gatehouse.account.AccountEventSamples.ADMIN;
import static io.gatehouse.account.AccountEventSamples.CLIENT;
import static io.gatehouse.account.AccountEventSamples.SELF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What role, second-factor and password events do to the account's state, and what they leave alone. */
class AccountStateRolesAndFactorsTest {

    private static AccountState active() {
        return AccountState.none()
                .after(new AccountRegistered(ACCOUNT, "ada@example.org", "Ada Lovelace", null, Role.EDITOR, false,
                        SELF, CLIENT))
                .after(new AccountApproved(ACCOUNT, Role.EDITOR, "Known to the team.", ADMIN, CLIENT));
    }

    /** A role change is not a change of status: the reason for the status stays. */
    @Test
    void roleGrantedThenHeldBesideEarlierRolesAndStatusReasonKept() {
        AccountState state = active().after(new RoleGranted(ACCOUNT, Role.AUDITOR, "Audit.", ADMIN, CLIENT));

        assertThat(state.roles()).containsExactlyInAnyOrder(Role.EDITOR, Role.AUDITOR);
        assertThat(state.statusReason()).isEqualTo("Known to the team.");
    }

    @Test
    void roleRevokedThenNoLongerHeldAndOtherRolesKept() {
        AccountState state = active().after(new RoleGranted(ACCOUNT, Role.AUDITOR, null, ADMIN, CLIENT))
                .after(new RoleRevoked(ACCOUNT, Role.EDITOR, "Moved on.", ADMIN, CLIENT));

        assertThat(state.roles()).containsExactly(Role.AUDITOR);
        assertThat(state.status()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void secondFactorEnrolledThenEnrolledAndResetThenNotEnrolled() {
        AccountState enrolled = active().after(new SecondFactorEnrolled(ACCOUNT, SELF, CLIENT));
        AccountState reset = enrolled.after(new SecondFactorReset(ACCOUNT, "Lost phone.", ADMIN, CLIENT));

        assertThat(enrolled.secondFactorEnrolled()).isTrue();
        assertThat(reset.secondFactorEnrolled()).isFalse();
        assertThat(reset.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(reset.statusReason()).isEqualTo("Known to the team.");
    }

    @Test
    void passwordChangedOrResetThenStateUnchanged() {
        AccountState before = active();

        assertThat(before.after(new PasswordChanged(ACCOUNT, SELF, CLIENT))).isEqualTo(before);
        assertThat(before.after(new PasswordReset(ACCOUNT, SELF, CLIENT))).isEqualTo(before);
    }

    /** The audit keeps every intermediate state; a later event must not change an earlier one. */
    @Test
    void afterThenEarlierStateUntouchedAndRolesReadOnly() {
        AccountState before = active();

        before.after(new RoleGranted(ACCOUNT, Role.AUDITOR, null, ADMIN, CLIENT));

        assertThat(before.roles()).containsExactly(Role.EDITOR);
        assertThatThrownBy(() -> before.roles().add(Role.ADMIN)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void erasedThenNothingPersonalNoRoleNoSecondFactor() {
        AccountState enrolled = active().after(new RoleGranted(ACCOUNT, Role.AUDITOR, null, ADMIN, CLIENT))
                .after(new SecondFactorEnrolled(ACCOUNT, SELF, CLIENT));

        AccountState erased = enrolled.after(new AccountErased(ACCOUNT, "Asked to be forgotten.", ADMIN, CLIENT));

        assertThat(erased.status()).isEqualTo(AccountStatus.ERASED);
        assertThat(erased.email()).isNull();
        assertThat(erased.displayName()).isNull();
        assertThat(erased.roles()).isEmpty();
        assertThat(erased.secondFactorEnrolled()).isFalse();
        assertThat(erased.statusReason()).isEqualTo("Asked to be forgotten.");
        assertThat(erased.status().holdsEmailAddress()).isFalse();
        assertThat(erased.status().canSignIn()).isFalse();
    }
}

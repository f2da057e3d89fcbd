package io.gatehouse.query.audit;

import io.gatehouse.account.AccountApproved;
import io.gatehouse.account.AccountRegistered;
import io.gatehouse.account.AccountState;
import io.gatehouse.account.AccountStatus;
import io.gatehouse.account.AccountSuspended;
import io.gatehouse.account.PasswordChanged;
import io.gatehouse.account.Role;
import io.gatehouse.account.RoleGranted;
import io.gatehouse.account.RoleRevoked;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What each account event changes in an account's standing, read off the one account fold. */
class TenureDiffTest {

    private final UUID id = UUID.randomUUID();

    @Test
    void approvalStartsTheStateAndTheGrantedRole() {
        AccountState pending = AccountState.none().after(new AccountRegistered(id, "a@example.org", "A", null,
                Role.EDITOR, false, id.toString(), null));
        TenureDiff diff = TenureDiff.between(pending, pending.after(new AccountApproved(id, Role.EDITOR, null, "x", null)));

        assertThat(diff.newStatus()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(diff.gained()).containsExactly(Role.EDITOR);
        assertThat(diff.lost()).isEmpty();
    }

    @Test
    void suspensionKeepsTheRolesAndRevocationEndsOne() {
        AccountState active = AccountState.none()
                .after(new AccountRegistered(id, "a@example.org", "A", null, Role.EDITOR, false, id.toString(), null))
                .after(new AccountApproved(id, Role.EDITOR, null, "x", null))
                .after(new RoleGranted(id, Role.AUDITOR, null, "x", null));
        AccountState suspended = active.after(new AccountSuspended(id, "why", "x", null));

        assertThat(TenureDiff.between(active, suspended)).isEqualTo(new TenureDiff(AccountStatus.SUSPENDED,
                java.util.Set.of(), java.util.Set.of()));
        TenureDiff revoked = TenureDiff.between(suspended, suspended.after(new RoleRevoked(id, Role.AUDITOR, "r", "x", null)));
        assertThat(revoked.newStatus()).isNull();
        assertThat(revoked.lost()).containsExactly(Role.AUDITOR);
        assertThat(TenureDiff.between(suspended, suspended.after(new PasswordChanged(id, id.toString(), null))).isEmpty())
                .isTrue();
    }
}

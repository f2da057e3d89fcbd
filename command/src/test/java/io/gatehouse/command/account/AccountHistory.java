package io.gatehouse.command.account;

import io.gatehouse.account.AccountApproved;
import io.gatehouse.account.AccountRegistered;
import io.gatehouse.account.AccountRejected;
import io.gatehouse.account.AccountSuspended;
import io.gatehouse.account.Actors;
import io.gatehouse.account.Role;
import io.gatehouse.account.RoleGranted;

import java.util.UUID;

/** Past events for the "given" part of account fixture tests. */
final class AccountHistory {

    /** The admin who acts in most tests; never the account under test. */
    static final UUID ADMIN_ID = UUID.fromString("00000000-0000-0000-0000-00000000a0a0");
    static final String ADMIN = Actors.of(ADMIN_ID);
    static final String CLIENT = "203.0.113.7";

    private AccountHistory() {
    }

    static AccountRegistered registered(UUID accountId, Role requestedRole) {
        return new AccountRegistered(accountId, "person-" + accountId + "@example.org", "A Person", null,
                requestedRole, false, Actors.of(accountId), CLIENT);
    }

    /** A sign-up whose owner has not confirmed the address yet. */
    static AccountRegistered unconfirmed(UUID accountId, Role requestedRole) {
        return new AccountRegistered(accountId, "person-" + accountId + "@example.org", "A Person", null,
                requestedRole, true, Actors.of(accountId), CLIENT);
    }

    static AccountApproved approved(UUID accountId, Role role) {
        return new AccountApproved(accountId, role, null, ADMIN, CLIENT);
    }

    static AccountRejected rejected(UUID accountId) {
        return new AccountRejected(accountId, "Not a member of a partner organization.", ADMIN, CLIENT);
    }

    static AccountSuspended suspended(UUID accountId) {
        return new AccountSuspended(accountId, "Under review.", ADMIN, CLIENT);
    }

    static RoleGranted granted(UUID accountId, Role role) {
        return new RoleGranted(accountId, role, null, ADMIN, CLIENT);
    }

    /** An account that signed up for {@code role} and was approved. */
    static Object[] active(UUID accountId, Role role) {
        return new Object[]{registered(accountId, role), approved(accountId, role)};
    }

    /** An account that signed up for {@code role}, was approved, then suspended. */
    static Object[] suspendedAccount(UUID accountId, Role role) {
        return new Object[]{registered(accountId, role), approved(accountId, role), suspended(accountId)};
    }
}

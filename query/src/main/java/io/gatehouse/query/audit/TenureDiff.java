package io.gatehouse.query.audit;

import io.gatehouse.account.AccountState;
import io.gatehouse.account.AccountStatus;
import io.gatehouse.account.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * What one account event changed in the account's standing, read off the one fold ({@link AccountState}) before
 * and after it: a new status (or null if unchanged), the roles it gained and the roles it lost.
 */
record TenureDiff(AccountStatus newStatus, Set<Role> gained, Set<Role> lost) {

    static TenureDiff between(AccountState before, AccountState after) {
        Set<Role> gained = EnumSet.noneOf(Role.class);
        gained.addAll(after.roles());
        gained.removeAll(before.roles());
        Set<Role> lost = EnumSet.noneOf(Role.class);
        lost.addAll(before.roles());
        lost.removeAll(after.roles());
        AccountStatus status = after.status() != before.status() ? after.status() : null;
        return new TenureDiff(status, gained, lost);
    }

    boolean isEmpty() {
        return newStatus == null && gained.isEmpty() && lost.isEmpty();
    }
}

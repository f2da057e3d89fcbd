package io.gatehouse.web.admin;

import io.gatehouse.account.Role;
import io.gatehouse.personal.Erased;
import io.gatehouse.query.account.AccountView;
import io.gatehouse.web.support.Moment;

import java.util.stream.Collectors;

/** An account as a line in the admin's lists. */
record AccountRow(String id, String email, String displayName, String organization, String status,
                  String requestedRole, String roles, Moment registeredAt) {

    static AccountRow of(AccountView account) {
        return new AccountRow(account.getAccountId().toString(), Erased.orLabel(account.getEmail()),
                Erased.orLabel(account.getDisplayName()),
                account.getOrganization(), account.getStatus().name(), account.getRequestedRole().name(),
                account.getRoles().stream().map(Role::name).collect(Collectors.joining(", ")),
                Moment.of(account.getRegisteredAt()));
    }
}

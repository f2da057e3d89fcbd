package io.gatehouse.web.admin;

import io.gatehouse.account.AccountStatus;
import io.gatehouse.account.Role;
import io.gatehouse.query.account.AccountExport;
import io.gatehouse.query.account.AccountView;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** An account as the API shows it to admins; e-mail, name and organization are null once it is erased. */
record AccountJson(UUID id, String email, String displayName, String organization, AccountStatus status,
                   Role requestedRole, List<Role> roles, Instant registeredAt, Instant statusChangedAt) {

    static AccountJson of(AccountExport.Line line) {
        return new AccountJson(line.accountId(), line.email(), line.displayName(), line.organization(), line.status(),
                line.requestedRole(), sorted(line.roles()), line.registeredAt(), line.statusChangedAt());
    }

    static AccountJson of(AccountView view) {
        return new AccountJson(view.getAccountId(), view.getEmail(), view.getDisplayName(), view.getOrganization(),
                view.getStatus(), view.getRequestedRole(), sorted(view.getRoles()), view.getRegisteredAt(),
                view.getStatusChangedAt());
    }

    private static List<Role> sorted(Set<Role> roles) {
        return roles.stream().sorted().toList();
    }
}

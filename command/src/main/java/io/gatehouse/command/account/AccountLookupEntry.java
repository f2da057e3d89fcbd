package io.gatehouse.command.account;

import io.gatehouse.account.AccountStatus;
import io.gatehouse.account.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** The write side's own row per account: just enough to answer {@link AccountRegistry}. */
@Entity
@Table(name = "cmd_account_lookup")
class AccountLookupEntry {

    @Id
    @Column(name = "account_id")
    private UUID accountId;

    @Column(name = "email", nullable = false, unique = true)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private AccountStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cmd_account_lookup_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected AccountLookupEntry() {
    }

    AccountLookupEntry(UUID accountId, String email) {
        this.accountId = accountId;
        this.email = email;
        this.status = AccountStatus.PENDING;
    }

    void status(AccountStatus status) {
        this.status = status;
    }

    Set<Role> roles() {
        return roles;
    }
}

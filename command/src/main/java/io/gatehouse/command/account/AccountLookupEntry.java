package io.gatehouse.command.account;

import io.gatehouse.account.AccountEvent;
import io.gatehouse.account.AccountState;
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

import java.time.Instant;
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

    @Column(name = "email", nullable = false)
    private String email;

    /** {@link LookAlikes#skeleton}: what the address looks like, whatever script its letters come from. */
    @Column(name = "skeleton", nullable = false)
    private String skeleton;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private AccountStatus status;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cmd_account_lookup_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected AccountLookupEntry() {
    }

    AccountLookupEntry(UUID accountId, String email, AccountStatus status, Instant registeredAt) {
        this.accountId = accountId;
        this.email = email;
        this.skeleton = LookAlikes.skeleton(email);
        this.status = status;
        this.registeredAt = registeredAt;
    }

    /** Steps through the one fold of the account's states; only status and roles are kept here. */
    void apply(AccountEvent event) {
        AccountState next = new AccountState(email, null, status, null, roles, null, false).after(event);
        status = next.status();
        roles.clear();
        roles.addAll(next.roles());
    }

    UUID accountId() {
        return accountId;
    }

    /** As recorded: normalized by the version of Gatehouse that recorded it. */
    String email() {
        return email;
    }
}

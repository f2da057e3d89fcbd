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

    /** Keyed hashes (see {@link AddressFingerprints}); null once the account no longer holds its address. */
    @Column(name = "email_hash")
    private String emailHash;

    /** Of {@link LookAlikes#skeleton}: what the address looks like, whatever script its letters come from. */
    @Column(name = "skeleton_hash")
    private String skeletonHash;

    @Column(name = "mixed_script", nullable = false)
    private boolean mixedScript;

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

    AccountLookupEntry(UUID accountId, HeldAddress address, AccountStatus status, Instant registeredAt) {
        this.accountId = accountId;
        if (address != null) {
            this.emailHash = address.fingerprint();
            this.skeletonHash = address.skeletonFingerprint();
            this.mixedScript = address.mixedScript();
        }
        this.status = status;
        this.registeredAt = registeredAt;
    }

    /** Steps through the one fold of the account's states; only status and roles are kept here. */
    void apply(AccountEvent event) {
        AccountState next = new AccountState(null, null, null, status, null, roles, null, false).after(event);
        status = next.status();
        roles.clear();
        roles.addAll(next.roles());
        if (status == AccountStatus.ERASED) {
            // The address is free again, and nothing here points at the person any more.
            emailHash = null;
            skeletonHash = null;
        }
    }

    UUID accountId() {
        return accountId;
    }

    /** Null once the account no longer holds an address. */
    HeldAddress address() {
        return emailHash == null ? null : new HeldAddress(emailHash, skeletonHash, mixedScript);
    }
}

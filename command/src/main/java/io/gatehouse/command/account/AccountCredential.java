package io.gatehouse.command.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

@Entity
@Table(name = "account_credential")
class AccountCredential {

    @Id
    @Column(name = "account_id")
    private UUID accountId;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "must_change", nullable = false)
    private boolean mustChange;

    protected AccountCredential() {
    }

    AccountCredential(UUID accountId, String passwordHash) {
        this.accountId = accountId;
        this.passwordHash = passwordHash;
    }

    CredentialStore.Credential credential() {
        return new CredentialStore.Credential(passwordHash, mustChange);
    }

    void replace(String passwordHash) {
        this.passwordHash = passwordHash;
        this.mustChange = false;
    }

    void requireChange() {
        this.mustChange = true;
    }

    @Override
    public String toString() {
        return "AccountCredential[accountId=" + accountId + "]";
    }
}

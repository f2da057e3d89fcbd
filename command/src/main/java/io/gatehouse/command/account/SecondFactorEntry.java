package io.gatehouse.command.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

@Entity
@Table(name = "second_factor")
class SecondFactorEntry {

    @Id
    @Column(name = "account_id")
    private UUID accountId;

    @Column(name = "encrypted_secret", nullable = false)
    private byte[] encryptedSecret;

    /** The newest 30-second step whose code was accepted; codes of it and of earlier steps are refused. */
    @Column(name = "last_used_step", nullable = false)
    private long lastUsedStep = -1;

    protected SecondFactorEntry() {
    }

    SecondFactorEntry(UUID accountId, byte[] encryptedSecret) {
        this.accountId = accountId;
        this.encryptedSecret = encryptedSecret.clone();
    }

    byte[] encryptedSecret() {
        return encryptedSecret.clone();
    }

    @Override
    public String toString() {
        return "SecondFactorEntry[accountId=" + accountId + "]";
    }
}

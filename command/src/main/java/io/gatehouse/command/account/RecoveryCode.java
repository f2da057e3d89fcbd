package io.gatehouse.command.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** One unused recovery code, by its hash. 60 random bits each, so no two accounts' hashes meet. */
@Entity
@Table(name = "recovery_code")
class RecoveryCode {

    @Id
    @Column(name = "code_hash")
    private String codeHash;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    protected RecoveryCode() {
    }

    RecoveryCode(UUID accountId, String codeHash) {
        this.accountId = accountId;
        this.codeHash = codeHash;
    }
}

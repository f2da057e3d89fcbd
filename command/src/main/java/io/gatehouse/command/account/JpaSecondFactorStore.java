package io.gatehouse.command.account;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Component
class JpaSecondFactorStore implements SecondFactorStore {

    private final SecondFactorRepository secrets;
    private final RecoveryCodeRepository codes;

    JpaSecondFactorStore(SecondFactorRepository secrets, RecoveryCodeRepository codes) {
        this.secrets = secrets;
        this.codes = codes;
    }

    @Override
    public void enrol(UUID accountId, byte[] encryptedSecret, List<String> recoveryCodeHashes) {
        secrets.save(new SecondFactorEntry(accountId, encryptedSecret));
        codes.saveAll(recoveryCodeHashes.stream().distinct().map(hash -> new RecoveryCode(accountId, hash)).toList());
    }

    @Override
    public Optional<byte[]> encryptedSecret(UUID accountId) {
        return secrets.findById(accountId).map(SecondFactorEntry::encryptedSecret);
    }

    /**
     * In a transaction of its own, like {@link #useRecoveryCode}: a code is checked inside the throttle's
     * transaction, which is rolled back when the code is right, and its use must be kept all the same.
     */
    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean useTimeStep(UUID accountId, long step) {
        return secrets.advanceStep(accountId, step) == 1;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean useRecoveryCode(UUID accountId, String codeHash) {
        return codes.deleteCode(accountId, codeHash) == 1;
    }

    @Override
    public int recoveryCodesLeft(UUID accountId) {
        return (int) codes.countByAccountId(accountId);
    }

    @Override
    public void remove(UUID accountId) {
        codes.deleteAllOf(accountId);
        secrets.deleteById(accountId);
    }
}

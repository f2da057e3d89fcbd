package io.gatehouse.command.account;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;
import java.util.UUID;

@Component
class JpaCredentialStore implements CredentialStore {

    private final AccountCredentialRepository credentials;

    JpaCredentialStore(AccountCredentialRepository credentials) {
        this.credentials = credentials;
    }

    @Override
    public void store(UUID accountId, String passwordHash) {
        credentials.save(new AccountCredential(accountId, passwordHash));
    }

    @Override
    public Optional<Credential> find(UUID accountId) {
        return credentials.findById(accountId).map(AccountCredential::credential);
    }

    @Override
    public void replace(UUID accountId, String passwordHash) {
        entry(accountId).replace(passwordHash);
    }

    @Override
    @Transactional
    public void requireChange(UUID accountId) {
        entry(accountId).requireChange();
    }

    /**
     * In a transaction of its own: the sign-in that triggers it runs inside the throttle's transaction,
     * which is rolled back on success so that a successful sign-in leaves no throttle row behind.
     */
    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean upgrade(UUID accountId, String previousHash, String upgradedHash) {
        return credentials.compareAndSetHash(accountId, previousHash, upgradedHash) == 1;
    }

    private AccountCredential entry(UUID accountId) {
        return credentials.findById(accountId)
                .orElseThrow(() -> new IllegalStateException("No credential for account " + accountId));
    }

    @Override
    public void remove(UUID accountId) {
        credentials.deleteById(accountId);
    }
}

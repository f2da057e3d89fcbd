package io.gatehouse.command.account;

import org.springframework.stereotype.Component;

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
    public Optional<String> passwordHash(UUID accountId) {
        return credentials.findById(accountId).map(AccountCredential::passwordHash);
    }
}

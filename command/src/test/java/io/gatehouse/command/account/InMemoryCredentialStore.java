package io.gatehouse.command.account;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A {@link CredentialStore} for fixture tests. */
public class InMemoryCredentialStore implements CredentialStore {

    private final Map<UUID, Credential> credentials = new HashMap<>();

    @Override
    public void store(UUID accountId, String passwordHash) {
        credentials.put(accountId, new Credential(passwordHash, false));
    }

    @Override
    public Optional<Credential> find(UUID accountId) {
        return Optional.ofNullable(credentials.get(accountId));
    }

    @Override
    public void replace(UUID accountId, String passwordHash) {
        credentials.put(accountId, new Credential(passwordHash, false));
    }

    @Override
    public void requireChange(UUID accountId) {
        credentials.computeIfPresent(accountId, (id, old) -> new Credential(old.passwordHash(), true));
    }

    @Override
    public boolean upgrade(UUID accountId, String previousHash, String upgradedHash) {
        Credential current = credentials.get(accountId);
        if (current == null || !current.passwordHash().equals(previousHash)) {
            return false;
        }
        credentials.put(accountId, new Credential(upgradedHash, current.mustChange()));
        return true;
    }

    @Override
    public void remove(UUID accountId) {
        credentials.remove(accountId);
    }

    public Optional<String> passwordHash(UUID accountId) {
        return find(accountId).map(Credential::passwordHash);
    }

    public boolean isEmpty() {
        return credentials.isEmpty();
    }
}

package io.gatehouse.command.account;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A {@link CredentialStore} for fixture tests. */
public class InMemoryCredentialStore implements CredentialStore {

    private final Map<UUID, String> hashes = new HashMap<>();

    @Override
    public void store(UUID accountId, String passwordHash) {
        hashes.put(accountId, passwordHash);
    }

    @Override
    public Optional<String> passwordHash(UUID accountId) {
        return Optional.ofNullable(hashes.get(accountId));
    }

    public boolean isEmpty() {
        return hashes.isEmpty();
    }
}

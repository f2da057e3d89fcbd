package io.gatehouse.command.account;

import java.util.Optional;
import java.util.UUID;

/**
 * Password hashes, kept beside the event store rather than in it: an event is forever and is shown to
 * auditors, a hash must be neither.
 */
public interface CredentialStore {

    void store(UUID accountId, String passwordHash);

    Optional<String> passwordHash(UUID accountId);
}

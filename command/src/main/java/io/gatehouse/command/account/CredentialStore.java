package io.gatehouse.command.account;

import java.util.Optional;
import java.util.UUID;

/**
 * Password hashes, kept beside the event store rather than in it: an event is forever and is shown to
 * auditors, a hash must be neither.
 */
public interface CredentialStore {

    /** A password and whether its owner must replace it before doing anything else. */
    record Credential(String passwordHash, boolean mustChange) {
        @Override
        public String toString() {
            return "Credential[mustChange=" + mustChange + "]";
        }
    }

    void store(UUID accountId, String passwordHash);

    Optional<Credential> find(UUID accountId);

    /** A new password chosen by its owner: it no longer needs changing. */
    void replace(UUID accountId, String passwordHash);

    /** The password was handed out (the generated first-admin password): its first use must replace it. */
    void requireChange(UUID accountId);

    /**
     * The same password hashed again with stronger settings. Only if the stored hash is still
     * {@code previousHash}, so that a password changed meanwhile is never overwritten.
     */
    boolean upgrade(UUID accountId, String previousHash, String upgradedHash);

    /** The account was erased: no password opens it again. */
    void remove(UUID accountId);
}

package io.gatehouse.command.account;

import io.gatehouse.account.Actors;

import java.util.Optional;

/**
 * What a password must be before it is hashed: 12 to 128 characters and not the e-mail address.
 * Checked on the clear text, which never leaves the request that carried it.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** The problem with this password, in words for the person choosing it, or empty when it is acceptable. */
    public static Optional<String> problem(String password, String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Choose a password.");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters.");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        String normalizedEmail = Actors.normalizeEmail(email);
        if (normalizedEmail != null && normalizedEmail.equals(Actors.normalizeEmail(password))) {
            return Optional.of("Your password cannot be your e-mail address.");
        }
        return Optional.empty();
    }
}

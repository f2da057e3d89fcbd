package io.gatehouse.web.mfa;

import io.gatehouse.web.keys.SecretKeys;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;

/**
 * Encrypts authenticator secrets with the app's key, bound to their purpose and account: a ciphertext
 * copied onto another account's row, or from a session into the store, does not decrypt.
 */
@Component
class SecretBox {

    private final SecretKeys keys;

    SecretBox(SecretKeys keys) {
        this.keys = keys;
    }

    byte[] seal(String purpose, UUID accountId, byte[] secret) {
        try {
            return keys.secrets().encrypt(secret, context(purpose, accountId));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt a secret", e);
        }
    }

    byte[] open(String purpose, UUID accountId, byte[] sealed) {
        try {
            return keys.secrets().decrypt(sealed, context(purpose, accountId));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored secret does not decrypt with this app's key for account "
                    + accountId + ": are the keys in GATEHOUSE_KEYS_DIR the ones it was stored with?", e);
        }
    }

    private static byte[] context(String purpose, UUID accountId) {
        return (purpose + ":" + accountId).getBytes(StandardCharsets.UTF_8);
    }
}

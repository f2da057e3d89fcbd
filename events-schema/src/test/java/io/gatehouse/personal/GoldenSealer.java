package io.gatehouse.personal;

import javax.crypto.spec.SecretKeySpec;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * A deterministic {@link Sealer} for golden files: AES-GCM under one fixed test key, the nonce taken from a
 * hash of what is sealed, so the same event always seals to the same bytes. Never for real data.
 */
public final class GoldenSealer implements Sealer {

    private static final SecretKeySpec KEY = new SecretKeySpec(new byte[32], "AES");

    @Override
    public Optional<byte[]> seal(UUID subject, UUID person, byte[] plaintext, byte[] associatedData) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(associatedData);
            return Optional.of(AesGcm.seal(KEY, Arrays.copyOf(digest.digest(plaintext), 12), plaintext, associatedData));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Optional<byte[]> open(UUID subject, byte[] ciphertext, byte[] associatedData) {
        return AesGcm.open(KEY, ciphertext, associatedData);
    }
}

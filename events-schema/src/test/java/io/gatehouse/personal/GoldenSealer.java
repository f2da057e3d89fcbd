package io.gatehouse.personal;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
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
            byte[] nonce = Arrays.copyOf(digest.digest(plaintext), 12);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, KEY, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(associatedData);
            byte[] sealed = cipher.doFinal(plaintext);
            return Optional.of(ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Optional<byte[]> open(UUID subject, byte[] ciphertext, byte[] associatedData) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, KEY, new GCMParameterSpec(128, ciphertext, 0, 12));
            cipher.updateAAD(associatedData);
            return Optional.of(cipher.doFinal(ciphertext, 12, ciphertext.length - 12));
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }
}

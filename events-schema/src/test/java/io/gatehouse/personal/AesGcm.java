package io.gatehouse.personal;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Optional;

/** AES-GCM from the JDK for the test sealers: the 12-byte nonce first, then the ciphertext and tag. */
final class AesGcm {

    private AesGcm() {
    }

    static byte[] seal(SecretKey key, byte[] nonce, byte[] plaintext, byte[] associatedData) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(associatedData);
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Empty when the bytes do not open under this key and associated data. */
    static Optional<byte[]> open(SecretKey key, byte[] ciphertext, byte[] associatedData) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, ciphertext, 0, 12));
            cipher.updateAAD(associatedData);
            return Optional.of(cipher.doFinal(ciphertext, 12, ciphertext.length - 12));
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }
}

package io.gatehouse.personal;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A {@link Sealer} with its keys in memory: AES-GCM from the JDK, erasure by forgetting. */
public class InMemorySealer implements Sealer {

    private final Map<UUID, SecretKey> keys = new HashMap<>();
    private final Map<UUID, UUID> personOf = new HashMap<>();
    private final Set<UUID> erased = new HashSet<>();
    private final SecureRandom random = new SecureRandom();

    @Override
    public Optional<byte[]> seal(UUID subject, UUID person, byte[] plaintext, byte[] associatedData) {
        if (erased.contains(subject) || erased.contains(person)) {
            return Optional.empty();
        }
        SecretKey key = keys.computeIfAbsent(subject, s -> newKey());
        personOf.putIfAbsent(subject, person);
        try {
            byte[] nonce = new byte[12];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(associatedData);
            byte[] sealed = cipher.doFinal(plaintext);
            return Optional.of(ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Optional<byte[]> open(UUID subject, byte[] ciphertext, byte[] associatedData) {
        SecretKey key = keys.get(subject);
        if (key == null) {
            return Optional.empty();
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, ciphertext, 0, 12));
            cipher.updateAAD(associatedData);
            return Optional.of(cipher.doFinal(ciphertext, 12, ciphertext.length - 12));
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    /** Forgets every key of the person. */
    public void erase(UUID person) {
        erased.add(person);
        personOf.forEach((subject, owner) -> {
            if (owner.equals(person)) {
                erased.add(subject);
                keys.remove(subject);
            }
        });
    }

    private SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

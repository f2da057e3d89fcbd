package io.gatehouse.personal;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
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
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        return Optional.of(AesGcm.seal(key, nonce, plaintext, associatedData));
    }

    @Override
    public Optional<byte[]> open(UUID subject, byte[] ciphertext, byte[] associatedData) {
        SecretKey key = keys.get(subject);
        return key == null ? Optional.empty() : AesGcm.open(key, ciphertext, associatedData);
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

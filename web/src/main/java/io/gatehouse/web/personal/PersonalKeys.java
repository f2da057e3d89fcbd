package io.gatehouse.web.personal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import io.gatehouse.personal.Sealer;
import io.gatehouse.web.keys.SecretKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One AES-256-GCM keyset per subject (an account, or a document for its sponsor), in the table
 * {@code personal_key}, each encrypted with the app's secrets key so that the database alone opens nothing.
 * Erasing a person deletes their keys and remembers the subjects in {@code erased_key}, so that no new key is
 * ever made for them: what is written about them afterwards is written as null.
 * <p>Keys are read from the table every time, not cached across transactions: an erasure on one instance
 * holds on every other at once. Within a transaction (a replay batch) each key, or its absence, is read once.
 */
@Component
public class PersonalKeys implements Sealer {

    private static final Logger log = LoggerFactory.getLogger(PersonalKeys.class);

    private final JdbcTemplate jdbc;
    private final SecretKeys secretKeys;

    PersonalKeys(JdbcTemplate jdbc, SecretKeys secretKeys) {
        this.jdbc = jdbc;
        this.secretKeys = secretKeys;
    }

    @Override
    public Optional<byte[]> seal(UUID subject, UUID person, byte[] plaintext, byte[] associatedData) {
        Optional<Aead> key = key(subject).or(() -> create(subject, person));
        try {
            return key.isEmpty() ? Optional.empty() : Optional.of(key.get().encrypt(plaintext, associatedData));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt personal data of " + subject, e);
        }
    }

    @Override
    public Optional<byte[]> open(UUID subject, byte[] ciphertext, byte[] associatedData) {
        Optional<Aead> key = key(subject);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(key.get().decrypt(ciphertext, associatedData));
        } catch (GeneralSecurityException e) {
            // Not a destroyed key: the stored bytes were changed. The integrity check names where.
            log.warn("A personal field of subject {} does not decrypt; it reads as erased", subject);
            return Optional.empty();
        }
    }

    /** Destroys every key of the person; returns how many. Runs in the transaction that records the erasure. */
    public int erase(UUID person) {
        lockPerson(person);
        jdbc.update("insert into erased_key (subject_id, person_id, erased_at)"
                + " select subject_id, person_id, now() from personal_key where person_id = ?"
                + " union select ?, ?, now() on conflict (subject_id) do nothing", person, person, person);
        int destroyed = jdbc.update("delete from personal_key where person_id = ?", person);
        cache().clear();
        return destroyed;
    }

    private Optional<Aead> key(UUID subject) {
        Map<UUID, Optional<Aead>> cache = cache();
        Optional<Aead> cached = cache.get(subject);
        if (cached != null) {
            return cached;
        }
        List<byte[]> stored = jdbc.query("select keyset from personal_key where subject_id = ?",
                (row, i) -> row.getBytes(1), subject);
        Optional<Aead> key = stored.isEmpty() ? Optional.empty() : Optional.of(parse(subject, stored.get(0)));
        cache.put(subject, key);
        return key;
    }

    /** A new key, unless the subject or its person was erased. Two writers racing agree on the first one stored. */
    private Optional<Aead> create(UUID subject, UUID person) {
        lockPerson(person);
        Integer erased = jdbc.queryForObject("select count(*) from erased_key where subject_id in (?, ?)",
                Integer.class, subject, person);
        if (erased != null && erased > 0) {
            return Optional.empty();
        }
        try {
            KeysetHandle keyset = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            byte[] encrypted = TinkProtoKeysetFormat.serializeEncryptedKeyset(keyset, secretKeys.secrets(),
                    keysetBinding(subject));
            jdbc.update("insert into personal_key (subject_id, person_id, keyset) values (?, ?, ?)"
                    + " on conflict (subject_id) do nothing", subject, person, encrypted);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot make a key for " + subject, e);
        }
        cache().remove(subject);
        return key(subject);
    }

    /**
     * Serialises making a person's keys with erasing them, across instances: otherwise a key made in a transaction
     * that overlaps the erasure would see neither the erasure nor be seen by its delete, and outlive it.
     */
    private void lockPerson(UUID person) {
        jdbc.queryForList("select pg_advisory_xact_lock(hashtext('personal-key'), hashtext(?))", person.toString());
    }

    private Aead parse(UUID subject, byte[] encrypted) {
        try {
            return TinkProtoKeysetFormat.parseEncryptedKeyset(encrypted, secretKeys.secrets(), keysetBinding(subject))
                    .getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The key of " + subject + " does not open with this app's secrets key", e);
        }
    }

    private static byte[] keysetBinding(UUID subject) {
        return ("personal-key|" + subject).getBytes(StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static Map<UUID, Optional<Aead>> cache() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new HashMap<>();
        }
        Object bound = TransactionSynchronizationManager.getResource(PersonalKeys.class);
        if (bound == null) {
            bound = new HashMap<UUID, Optional<Aead>>();
            TransactionSynchronizationManager.bindResource(PersonalKeys.class, bound);
            TransactionSynchronizationManager.registerSynchronization(new org.springframework.transaction.support
                    .TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(PersonalKeys.class);
                }
            });
        }
        return (Map<UUID, Optional<Aead>>) bound;
    }
}

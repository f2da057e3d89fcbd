package io.gatehouse.personal;

import java.util.Optional;
import java.util.UUID;

/** Holds the per-subject keys {@link PersonalDataSerializer} encrypts with. */
public interface Sealer {

    /**
     * Encrypts with the subject's key, made (for {@code person}) if the subject has none yet. Empty when the
     * subject or the person was erased: nothing of theirs is written any more.
     */
    Optional<byte[]> seal(UUID subject, UUID person, byte[] plaintext, byte[] associatedData);

    /** Empty when the subject's key was destroyed. */
    Optional<byte[]> open(UUID subject, byte[] ciphertext, byte[] associatedData);
}

package io.gatehouse.command.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Authenticator secrets (encrypted by the caller before they arrive) and the hashes of recovery codes.
 * Kept beside the event store: an event is forever and readable by auditors, a secret must be neither.
 * Every "use" here is a single conditional write, so two requests racing with one code cannot both pass.
 */
public interface SecondFactorStore {

    void enrol(UUID accountId, byte[] encryptedSecret, List<String> recoveryCodeHashes);

    Optional<byte[]> encryptedSecret(UUID accountId);

    /** Records that the code of this 30-second step was used: true only if no code of it or a later step was. */
    boolean useTimeStep(UUID accountId, long step);

    /** Uses up one recovery code: true the first time only. */
    boolean useRecoveryCode(UUID accountId, String codeHash);

    int recoveryCodesLeft(UUID accountId);

    void remove(UUID accountId);
}

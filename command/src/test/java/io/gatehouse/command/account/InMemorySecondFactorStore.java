package io.gatehouse.command.account;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A {@link SecondFactorStore} for fixture tests: secrets, used time steps and unused recovery codes in maps. */
public class InMemorySecondFactorStore implements SecondFactorStore {

    private final Map<UUID, byte[]> secrets = new HashMap<>();
    private final Map<UUID, Long> lastSteps = new HashMap<>();
    private final Map<UUID, Set<String>> recoveryCodes = new HashMap<>();

    @Override
    public void enrol(UUID accountId, byte[] encryptedSecret, List<String> recoveryCodeHashes) {
        secrets.put(accountId, encryptedSecret.clone());
        lastSteps.remove(accountId);
        recoveryCodes.put(accountId, new HashSet<>(recoveryCodeHashes));
    }

    @Override
    public Optional<byte[]> encryptedSecret(UUID accountId) {
        return Optional.ofNullable(secrets.get(accountId)).map(byte[]::clone);
    }

    @Override
    public boolean useTimeStep(UUID accountId, long step) {
        if (!secrets.containsKey(accountId) || lastSteps.getOrDefault(accountId, Long.MIN_VALUE) >= step) {
            return false;
        }
        lastSteps.put(accountId, step);
        return true;
    }

    @Override
    public boolean useRecoveryCode(UUID accountId, String codeHash) {
        return recoveryCodes.getOrDefault(accountId, Set.of()).contains(codeHash)
                && recoveryCodes.get(accountId).remove(codeHash);
    }

    @Override
    public int recoveryCodesLeft(UUID accountId) {
        return recoveryCodes.getOrDefault(accountId, Set.of()).size();
    }

    @Override
    public void remove(UUID accountId) {
        secrets.remove(accountId);
        lastSteps.remove(accountId);
        recoveryCodes.remove(accountId);
    }

    /** Whether the store holds this exact secret for the account. */
    public boolean holdsSecret(UUID accountId, byte[] encryptedSecret) {
        return secrets.containsKey(accountId) && Arrays.equals(secrets.get(accountId), encryptedSecret);
    }

    public boolean isEmpty() {
        return secrets.isEmpty() && recoveryCodes.isEmpty();
    }
}

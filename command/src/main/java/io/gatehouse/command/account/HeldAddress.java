package io.gatehouse.command.account;

import io.gatehouse.account.EmailAddress;

/**
 * What the write side needs to know of an address to keep addresses unique and refuse look-alikes,
 * without keeping the address: its fingerprint, its skeleton's fingerprint, and whether it mixes scripts.
 */
record HeldAddress(String fingerprint, String skeletonFingerprint, boolean mixedScript) {

    static HeldAddress of(String normalizedEmail, AddressFingerprints fingerprints) {
        return new HeldAddress(fingerprints.of(normalizedEmail), fingerprints.of(LookAlikes.skeleton(normalizedEmail)),
                EmailAddress.isMixedScript(normalizedEmail));
    }

    /** Whether {@code this} is a different address that passes for {@code existing} on screen (see {@link LookAlikes}). */
    boolean passesFor(HeldAddress existing) {
        return !fingerprint.equals(existing.fingerprint)
                && (mixedScript || existing.mixedScript)
                && skeletonFingerprint.equals(existing.skeletonFingerprint);
    }
}

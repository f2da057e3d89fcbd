package io.gatehouse.command.account;

import java.util.UUID;

/**
 * What the write side knows across accounts, for the rules one aggregate cannot answer alone.
 * Kept current in the same transaction as the events (see {@link AccountLookupUpdater}).
 */
public interface AccountRegistry {

    boolean isEmailTaken(String normalizedEmail);

    boolean isActiveEditor(UUID accountId);

    /**
     * Whether some ACTIVE admin other than {@code accountId} exists. Implementations serialise callers,
     * so that two admins removing each other at once cannot both succeed.
     */
    boolean anotherActiveAdminExists(UUID accountId);

    boolean anyActiveAdmin();
}

package io.gatehouse.command.account;

import io.gatehouse.account.EmailAddress;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the write side knows across accounts, for the rules one aggregate cannot answer alone.
 * Kept current in the same transaction as the events (see {@link AccountLookupUpdater}).
 */
public interface AccountRegistry {

    /**
     * The account that holds this address, or an address that looks the same and mixes scripts
     * ({@code аdmin@…} with a Cyrillic "а" against {@code admin@…}). Lapsed sign-ups hold nothing.
     */
    Optional<UUID> findHolder(EmailAddress email);

    boolean isActiveEditor(UUID accountId);

    /**
     * Whether some ACTIVE admin other than {@code accountId} exists. Implementations serialise callers,
     * so that two admins removing each other at once cannot both succeed.
     */
    boolean anotherActiveAdminExists(UUID accountId);

    boolean anyActiveAdmin();

    /** Accounts still UNVERIFIED that were registered before {@code instant}, oldest first, at most {@code limit}. */
    List<UUID> findUnconfirmedRegisteredBefore(Instant instant, int limit);
}

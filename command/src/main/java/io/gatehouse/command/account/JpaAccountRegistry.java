package io.gatehouse.command.account;

import io.gatehouse.account.AccountStatus;
import io.gatehouse.account.EmailAddress;
import io.gatehouse.account.Role;
import jakarta.persistence.EntityManager;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Component
class JpaAccountRegistry implements AccountRegistry {

    /** Any constant will do; it only has to be the same for every instance of the app. */
    private static final long ADMIN_ROSTER_LOCK = 0x6761746568L;

    private final AccountLookupRepository lookup;
    private final EntityManager entityManager;
    private final AddressFingerprints fingerprints;

    JpaAccountRegistry(AccountLookupRepository lookup, EntityManager entityManager, AddressFingerprints fingerprints) {
        this.lookup = lookup;
        this.entityManager = entityManager;
        this.fingerprints = fingerprints;
    }

    @Override
    public Optional<UUID> findHolder(EmailAddress email) {
        HeldAddress candidate = HeldAddress.of(email.value(), fingerprints);
        Optional<UUID> exact = lookup.findHolderOf(candidate.fingerprint()).map(AccountLookupEntry::accountId);
        if (exact.isPresent()) {
            return exact;
        }
        return lookup.findHoldersBySkeleton(candidate.skeletonFingerprint()).stream()
                .filter(holder -> candidate.passesFor(holder.address()))
                .map(AccountLookupEntry::accountId)
                .findFirst();
    }

    @Override
    public boolean isActiveEditor(UUID accountId) {
        return accountId != null && lookup.hasStatusAndRole(accountId, AccountStatus.ACTIVE, Role.EDITOR);
    }

    @Override
    public boolean anotherActiveAdminExists(UUID accountId) {
        // A transaction-scoped lock across every node: two admins suspending each other at once are
        // served one after the other, and the second sees the first one's change.
        entityManager.createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1)) l")
                .setParameter(1, ADMIN_ROSTER_LOCK)
                .getSingleResult();
        return lookup.countOthersWithStatusAndRole(accountId, AccountStatus.ACTIVE, Role.ADMIN) > 0;
    }

    @Override
    public boolean anyActiveAdmin() {
        return lookup.countWithStatusAndRole(AccountStatus.ACTIVE, Role.ADMIN) > 0;
    }

    @Override
    public List<UUID> findUnconfirmedRegisteredBefore(Instant instant, int limit) {
        return lookup.findIdsByStatusRegisteredBefore(AccountStatus.UNVERIFIED, instant, PageRequest.of(0, limit));
    }
}

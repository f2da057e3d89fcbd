package io.gatehouse.command.account;

import io.gatehouse.account.AccountStatus;
import io.gatehouse.account.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface AccountLookupRepository extends JpaRepository<AccountLookupEntry, UUID> {

    /** The account holding an address; a lapsed, withdrawn or erased one no longer does. */
    default Optional<AccountLookupEntry> findHolderOf(String emailHash) {
        return findHolderOf(emailHash, AccountStatus.freeingTheirAddress());
    }

    default List<AccountLookupEntry> findHoldersBySkeleton(String skeletonHash) {
        return findHoldersBySkeleton(skeletonHash, AccountStatus.freeingTheirAddress());
    }

    @Query("select e from AccountLookupEntry e where e.emailHash = :hash and e.status not in :freed")
    Optional<AccountLookupEntry> findHolderOf(@Param("hash") String emailHash,
                                              @Param("freed") Collection<AccountStatus> freed);

    @Query("select e from AccountLookupEntry e where e.skeletonHash = :hash and e.status not in :freed")
    List<AccountLookupEntry> findHoldersBySkeleton(@Param("hash") String skeletonHash,
                                                   @Param("freed") Collection<AccountStatus> freed);

    @Query("select count(e) > 0 from AccountLookupEntry e join e.roles r"
            + " where e.accountId = :id and e.status = :status and r = :role")
    boolean hasStatusAndRole(@Param("id") UUID id, @Param("status") AccountStatus status, @Param("role") Role role);

    @Query("select count(e) from AccountLookupEntry e join e.roles r"
            + " where e.accountId <> :id and e.status = :status and r = :role")
    long countOthersWithStatusAndRole(@Param("id") UUID id, @Param("status") AccountStatus status,
                                      @Param("role") Role role);

    @Query("select count(e) from AccountLookupEntry e join e.roles r where e.status = :status and r = :role")
    long countWithStatusAndRole(@Param("status") AccountStatus status, @Param("role") Role role);

    @Query("select e.accountId from AccountLookupEntry e where e.status = :status and e.registeredAt < :before"
            + " order by e.registeredAt")
    List<UUID> findIdsByStatusRegisteredBefore(@Param("status") AccountStatus status, @Param("before") Instant before,
                                               Pageable page);
}

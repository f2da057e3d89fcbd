package io.gatehouse.command.account;

import io.gatehouse.account.AccountStatus;
import io.gatehouse.account.Role;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.UUID;

interface AccountLookupRepository extends JpaRepository<AccountLookupEntry, UUID> {

    boolean existsByEmail(String email);

    @Query("select count(e) > 0 from AccountLookupEntry e join e.roles r"
            + " where e.accountId = :id and e.status = :status and r = :role")
    boolean hasStatusAndRole(@Param("id") UUID id, @Param("status") AccountStatus status, @Param("role") Role role);

    @Query("select count(e) from AccountLookupEntry e join e.roles r"
            + " where e.accountId <> :id and e.status = :status and r = :role")
    long countOthersWithStatusAndRole(@Param("id") UUID id, @Param("status") AccountStatus status,
                                      @Param("role") Role role);

    @Query("select count(e) from AccountLookupEntry e join e.roles r where e.status = :status and r = :role")
    long countWithStatusAndRole(@Param("status") AccountStatus status, @Param("role") Role role);
}

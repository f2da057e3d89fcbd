package io.gatehouse.command.account;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.UUID;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, String> {

    /** A used code is deleted: a row count of 1 means this call, and no other, used it. */
    @Modifying
    @Query("delete from RecoveryCode r where r.accountId = :account and r.codeHash = :hash")
    int deleteCode(@Param("account") UUID accountId, @Param("hash") String codeHash);

    @Modifying
    @Query("delete from RecoveryCode r where r.accountId = :account")
    int deleteAllOf(@Param("account") UUID accountId);

    long countByAccountId(UUID accountId);
}

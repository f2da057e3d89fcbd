package io.gatehouse.command.account;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.UUID;

interface AccountCredentialRepository extends JpaRepository<AccountCredential, UUID> {

    @Modifying
    @Query("update AccountCredential c set c.passwordHash = :upgraded"
            + " where c.accountId = :account and c.passwordHash = :previous")
    int compareAndSetHash(@Param("account") UUID accountId, @Param("previous") String previousHash,
                          @Param("upgraded") String upgradedHash);
}

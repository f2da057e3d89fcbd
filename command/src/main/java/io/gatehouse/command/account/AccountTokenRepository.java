package io.gatehouse.command.account;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

interface AccountTokenRepository extends JpaRepository<AccountToken, String> {

    @Query("select t.accountId from AccountToken t where t.tokenHash = :hash and t.purpose = :purpose and t.expiresAt > :now")
    Optional<UUID> findValidAccount(@Param("hash") String hash, @Param("purpose") TokenPurpose purpose,
                                    @Param("now") Instant now);

    /** Deleting is using up: a row count of 1 means this call, and no other, used it. */
    @Modifying(flushAutomatically = true)
    @Query("delete from AccountToken t where t.tokenHash = :hash and t.purpose = :purpose and t.accountId = :account"
            + " and t.expiresAt > :now")
    int deleteValid(@Param("hash") String hash, @Param("purpose") TokenPurpose purpose,
                    @Param("account") UUID accountId, @Param("now") Instant now);

    @Modifying(flushAutomatically = true)
    @Query("delete from AccountToken t where t.accountId = :account and t.purpose = :purpose")
    int deleteAll(@Param("account") UUID accountId, @Param("purpose") TokenPurpose purpose);

    @Modifying
    @Query("delete from AccountToken t where t.expiresAt <= :now")
    int deleteExpired(@Param("now") Instant now);
}

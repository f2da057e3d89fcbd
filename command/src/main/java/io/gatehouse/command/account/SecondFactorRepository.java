package io.gatehouse.command.account;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.UUID;

interface SecondFactorRepository extends JpaRepository<SecondFactorEntry, UUID> {

    @Modifying
    @Query("update SecondFactorEntry s set s.lastUsedStep = :step where s.accountId = :account and s.lastUsedStep < :step")
    int advanceStep(@Param("account") UUID accountId, @Param("step") long step);
}

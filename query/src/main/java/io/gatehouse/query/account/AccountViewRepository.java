package io.gatehouse.query.account;

import io.gatehouse.account.AccountStatus;
import io.gatehouse.account.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface AccountViewRepository extends JpaRepository<AccountView, UUID> {

    /**
     * The account holding the address: one in a state that freed it (see {@code AccountStatus.holdsEmailAddress})
     * no longer does, and another may have it since.
     */
    @Query("select a from AccountView a where a.email = :email and a.status not in :freed")
    Optional<AccountView> findHolderOf(@Param("email") String email, @Param("freed") Collection<AccountStatus> freed);

    @Query("select a from AccountView a where a.status in :statuses"
            + " and (:text = '' or lower(a.email) like :text escape '\\' or lower(a.displayName) like :text escape '\\')")
    Page<AccountView> search(@Param("statuses") Collection<AccountStatus> statuses, @Param("text") String likeText,
                             Pageable pageable);

    long countByStatus(AccountStatus status);

    List<AccountView> findTop10ByStatusOrderByRegisteredAtAsc(AccountStatus status);

    @Query("select a from AccountView a join a.roles r where a.status = :status and r = :role order by a.displayName")
    List<AccountView> findByStatusAndRole(@Param("status") AccountStatus status, @Param("role") Role role);
}

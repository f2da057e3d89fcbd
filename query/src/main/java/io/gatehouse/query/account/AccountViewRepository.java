package io.gatehouse.query.account;

import io.gatehouse.account.AccountStatus;
import io.gatehouse.account.Role;
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

    /** One page of the list, in the order of the index account_view_registered (or _status_registered). */
    @Query("select a.accountId from AccountView a where a.status in :statuses"
            + " order by a.registeredAt desc, a.accountId asc")
    List<UUID> list(@Param("statuses") Collection<AccountStatus> statuses, Pageable pageable);

    /**
     * The accounts of a page with their roles, in one query: loaded with the page's own query, each account's
     * roles took a query of their own (21 per page).
     */
    @Query("select distinct a from AccountView a left join fetch a.roles where a.accountId in :ids")
    List<AccountView> withRoles(@Param("ids") Collection<UUID> ids);

    /**
     * One page of "e-mail or name contains": the conditions are on lower(column), the expressions the trigram
     * indexes are built on. A separate query from {@link #list}, so that neither plan has to allow for the other.
     * The e-mail is looked up in the index by {@code emailLike} (see {@link AccountDirectory#emailPart}) and checked
     * against the whole text by {@code locate}, which the index does not see; not at all for a text no address
     * can contain ({@code emailToo} false: the plan made for the values drops that branch).
     */
    @Query("select a.accountId from AccountView a where a.status in :statuses"
            + " and ((:emailToo = true and lower(a.email) like :emailLike escape '\\'"
            + " and locate(:plain, lower(a.email)) > 0)"
            + " or lower(a.displayName) like :text escape '\\')"
            + " order by a.registeredAt desc, a.accountId asc")
    List<UUID> search(@Param("statuses") Collection<AccountStatus> statuses, @Param("text") String likeText,
                             @Param("emailToo") boolean emailToo, @Param("emailLike") String emailLike,
                             @Param("plain") String plain, Pageable pageable);

    /** How many accounts {@link #list} has, counted up to {@code limit}: past that the page says "more than". */
    @Query(value = "select count(*) from (select 1 from account_view a where a.status in :statuses limit :limit) t",
            nativeQuery = true)
    long countUpTo(@Param("statuses") Collection<String> statuses, @Param("limit") int limit);

    @Query(value = "select count(*) from (select 1 from account_view a where a.status in :statuses"
            + " and ((:emailToo and lower(a.email) like :emailLike escape '\\'"
            + " and strpos(lower(a.email), :plain) > 0)"
            + " or lower(a.display_name) like :text escape '\\')"
            + " limit :limit) t", nativeQuery = true)
    long countMatchingUpTo(@Param("statuses") Collection<String> statuses, @Param("text") String likeText,
                           @Param("emailToo") boolean emailToo, @Param("emailLike") String emailLike,
                           @Param("plain") String plain, @Param("limit") int limit);

    long countByStatus(AccountStatus status);

    List<AccountView> findTop10ByStatusOrderByRegisteredAtAsc(AccountStatus status);

    @Query("select a from AccountView a join a.roles r where a.status = :status and r = :role order by a.displayName")
    List<AccountView> findByStatusAndRole(@Param("status") AccountStatus status, @Param("role") Role role);
}

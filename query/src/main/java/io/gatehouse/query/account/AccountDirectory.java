package io.gatehouse.query.account;

import io.gatehouse.query.CustomPlans;
import io.gatehouse.query.Pages;

import io.gatehouse.account.AccountStatus;
import io.gatehouse.account.EmailAddress;
import io.gatehouse.account.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The queries the pages and the security check run against the account directory. */
@Service
@Transactional(readOnly = true)
public class AccountDirectory {

    public static final int PAGE_SIZE = 20;
    /**
     * The list counts its matches up to here (ten pages), and says "more than" beyond: counting costs a heap read
     * per match, 20 ms for a thousand matches of a common first name at a million accounts.
     */
    public static final int COUNT_LIMIT = 200;

    /**
     * The states admins work with. An unconfirmed sign-up is nobody's request yet, a lapsed one never became
     * one, and a withdrawn one is no longer one: none is listed or counted for admins (auditors still see
     * their events).
     */
    public static final Set<AccountStatus> ADMIN_VISIBLE = Collections.unmodifiableSet(EnumSet.complementOf(
            EnumSet.of(AccountStatus.UNVERIFIED, AccountStatus.EXPIRED, AccountStatus.WITHDRAWN)));

    private static final Set<AccountStatus> ADDRESS_FREED = AccountStatus.freeingTheirAddress();

    private final AccountViewRepository accounts;
    private final JdbcTemplate jdbc;

    AccountDirectory(AccountViewRepository accounts, JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    /** A primary-key lookup: cheap enough for every request. */
    public Optional<AccountView> findAccount(UUID accountId) {
        return accounts.findById(accountId);
    }

    /** The account that holds this address now (as typed: it is normalized here). */
    public Optional<AccountView> findAccountByEmail(String email) {
        String normalized = EmailAddress.normalize(email);
        return normalized == null ? Optional.empty() : accounts.findHolderOf(normalized, ADDRESS_FREED);
    }

    /**
     * Accounts in a state (or in any {@link #ADMIN_VISIBLE} one, for null) whose e-mail or name contains
     * {@code text}, newest first: one row past the page says whether there is a next one; only then are the
     * matches counted, up to {@link #COUNT_LIMIT}. Each query is served by an index at a million accounts (V45: trigram indexes for the
     * text, the list's order for the rest); only the offset of a far page still costs its skipped rows.
     */
    public AccountsFound findAccounts(AccountStatus status, String text, int page) {
        int number = Pages.clamp(page, PAGE_SIZE);
        Set<AccountStatus> statuses = statuses(status);
        List<String> names = statuses.stream().map(Enum::name).toList();
        String like = likePattern(text);
        OffsetRows rows = new OffsetRows((long) number * PAGE_SIZE, PAGE_SIZE + 1);
        CustomPlans.forThisTransaction(jdbc); // a rare name must not be looked for by walking the whole list
        String plain = like.isEmpty() ? "" : text.strip().toLowerCase(Locale.ROOT);
        String emailLike = like.isEmpty() ? "" : "%" + escapeLike(emailPart(plain)) + "%";
        boolean emailToo = plain.chars().noneMatch(Character::isWhitespace); // addresses have none (EmailAddress)
        List<UUID> found = like.isEmpty() ? accounts.list(statuses, rows)
                : accounts.search(statuses, like, emailToo, emailLike, plain, rows);
        boolean hasNext = found.size() > PAGE_SIZE;
        // the last page knows the total: what it skipped and what it shows
        boolean last = !hasNext && (!found.isEmpty() || number == 0);
        long counted = last ? (long) number * PAGE_SIZE + found.size()
                : like.isEmpty() ? accounts.countUpTo(names, COUNT_LIMIT + 1)
                : accounts.countMatchingUpTo(names, like, emailToo, emailLike, plain, COUNT_LIMIT + 1);
        boolean moreThan = !last && counted > COUNT_LIMIT;
        return new AccountsFound(inOrder(hasNext ? found.subList(0, PAGE_SIZE) : found), number, PAGE_SIZE, hasNext,
                moreThan ? COUNT_LIMIT : counted, moreThan);
    }

    /** The accounts with these ids, with their roles, in the order of the ids. */
    private List<AccountView> inOrder(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, AccountView> byId = new HashMap<>();
        accounts.withRoles(ids).forEach(account -> byId.put(account.getAccountId(), account));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    public Map<AccountStatus, Long> countByStatus() {
        Map<AccountStatus, Long> counts = new EnumMap<>(AccountStatus.class);
        for (AccountStatus status : ADMIN_VISIBLE) {
            counts.put(status, accounts.countByStatus(status));
        }
        return counts;
    }

    /** Who is told when a request starts waiting: every ACTIVE admin. */
    public List<AccountView> findActiveAdmins() {
        return accounts.findByStatusAndRole(AccountStatus.ACTIVE, Role.ADMIN);
    }

    public List<AccountView> findOldestPending() {
        return accounts.findTop10ByStatusOrderByRegisteredAtAsc(AccountStatus.PENDING);
    }

    public List<AccountView> findActiveEditors() {
        return accounts.findByStatusAndRole(AccountStatus.ACTIVE, Role.EDITOR);
    }

    /** The states a status filter stands for: the one given, or every {@link #ADMIN_VISIBLE} one for null. */
    static Set<AccountStatus> statuses(AccountStatus status) {
        return status == null ? ADMIN_VISIBLE : Set.of(status);
    }

    /** The LIKE pattern for "e-mail or name contains {@code text}"; empty for no text filter. */
    static String likePattern(String text) {
        return text == null || text.isBlank() ? ""
                : "%" + escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%";
    }

    /**
     * The part of a searched text that the e-mail trigram index is asked for: before an "@", if there are three
     * characters or more there. Every address shares the trigrams of a handful of domains, and reading their
     * posting lists made a whole-address search cost 110 ms at a million accounts against 5 ms for its local part;
     * the whole text is then checked on the few rows found.
     */
    static String emailPart(String plain) {
        int at = plain.indexOf('@');
        return at >= 3 ? plain.substring(0, at) : plain;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

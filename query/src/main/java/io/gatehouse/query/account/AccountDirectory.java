package io.gatehouse.query.account;

import io.gatehouse.query.Pages;

import io.gatehouse.account.AccountStatus;
import io.gatehouse.account.EmailAddress;
import io.gatehouse.account.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The queries the pages and the security check run against the account directory. */
@Service
@Transactional(readOnly = true)
public class AccountDirectory {

    public static final int PAGE_SIZE = 20;

    /**
     * The states admins work with. An unconfirmed sign-up is nobody's request yet, a lapsed one never became
     * one, and a withdrawn one is no longer one: none is listed or counted for admins (auditors still see
     * their events).
     */
    public static final Set<AccountStatus> ADMIN_VISIBLE = Collections.unmodifiableSet(EnumSet.complementOf(
            EnumSet.of(AccountStatus.UNVERIFIED, AccountStatus.EXPIRED, AccountStatus.WITHDRAWN)));

    private static final Set<AccountStatus> ADDRESS_FREED = AccountStatus.freeingTheirAddress();

    private final AccountViewRepository accounts;

    AccountDirectory(AccountViewRepository accounts) {
        this.accounts = accounts;
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
     * {@code text}, newest first.
     */
    public Page<AccountView> findAccounts(AccountStatus status, String text, int page) {
        return accounts.search(statuses(status), likePattern(text),
                PageRequest.of(Pages.clamp(page, PAGE_SIZE), PAGE_SIZE,
                        Sort.by(Sort.Order.desc("registeredAt"), Sort.Order.asc("accountId"))));
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

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

package io.gatehouse.query.account;

import io.gatehouse.query.Pages;

import io.gatehouse.account.AccountStatus;
import io.gatehouse.account.Actors;
import io.gatehouse.account.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The queries the pages and the security check run against the account directory. */
@Service
@Transactional(readOnly = true)
public class AccountDirectory {

    public static final int PAGE_SIZE = 20;

    private final AccountViewRepository accounts;

    AccountDirectory(AccountViewRepository accounts) {
        this.accounts = accounts;
    }

    /** A primary-key lookup: cheap enough for every request. */
    public Optional<AccountView> findAccount(UUID accountId) {
        return accounts.findById(accountId);
    }

    public Optional<AccountView> findAccountByEmail(String email) {
        return accounts.findByEmail(Actors.normalizeEmail(email));
    }

    /** Accounts in a state (or all, for null) whose e-mail or name contains {@code text}, newest first. */
    public Page<AccountView> findAccounts(AccountStatus status, String text, int page) {
        String like = text == null || text.isBlank() ? ""
                : "%" + escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%";
        return accounts.search(status, like, PageRequest.of(Pages.clamp(page, PAGE_SIZE), PAGE_SIZE,
                Sort.by(Sort.Order.desc("registeredAt"), Sort.Order.asc("accountId"))));
    }

    public Map<AccountStatus, Long> countByStatus() {
        Map<AccountStatus, Long> counts = new EnumMap<>(AccountStatus.class);
        for (AccountStatus status : AccountStatus.values()) {
            counts.put(status, accounts.countByStatus(status));
        }
        return counts;
    }

    public List<AccountView> findOldestPending() {
        return accounts.findTop10ByStatusOrderByRegisteredAtAsc(AccountStatus.PENDING);
    }

    public List<AccountView> findActiveEditors() {
        return accounts.findByStatusAndRole(AccountStatus.ACTIVE, Role.EDITOR);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

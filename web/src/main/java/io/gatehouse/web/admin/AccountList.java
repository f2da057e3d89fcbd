package io.gatehouse.web.admin;

import io.gatehouse.web.support.Plural;
import io.gatehouse.account.AccountStatus;
import io.gatehouse.query.account.AccountDirectory;
import io.gatehouse.query.account.AccountsFound;
import io.gatehouse.web.support.BadRequestException;
import io.gatehouse.web.support.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The admin's account list: the filters, one page of accounts, the CSV link that carries the filters, and on
 * the list of pending requests the form that decides on several at once.
 */
final class AccountList {

    private AccountList() {
    }

    static ModelAndView render(AccountDirectory directory, AccountStatus filter, String q, int page) {
        return render(directory, filter, q, page, BulkDecisionForm.empty(), Map.of(), HttpStatus.OK);
    }

    /** The list again with a bulk form that could not be sent: what was chosen is kept, its problems marked. */
    static ModelAndView render(AccountDirectory directory, AccountStatus filter, String q, int page,
                               BulkDecisionForm form, Map<String, String> errors, HttpStatus status) {
        AccountsFound found = directory.findAccounts(filter, q, page);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("status", filter == null ? null : filter.name());
        filters.put("q", q);
        Set<String> chosen = new HashSet<>(form.getIds());
        ModelAndView view = new ModelAndView("admin/accounts");
        view.setStatus(status);
        view.addObject("accounts", found.accounts().stream()
                .map(a -> new Listed(AccountRow.of(a), chosen.contains(a.getAccountId().toString()))).toList());
        view.addObject("paging", Paging.of(found.page(), found.pageSize(), found.hasNext(), found.total(),
                found.moreThan(), "/admin/accounts", filters));
        String noun = filter == AccountStatus.PENDING ? Plural.noun(found.total(), "request", "requests")
                : Plural.noun(found.total(), "account", "accounts");
        view.addObject("summary", (found.moreThan() ? "More than " + found.total() : found.total()) + " " + noun);
        view.addObject("csvUrl", csvUrl(filters));
        view.addObject("q", q == null ? "" : q);
        view.addObject("statuses", AccountDirectory.ADMIN_VISIBLE.stream()
                .map(s -> new Option(s.name(), s == filter)).toList());
        view.addObject("filtered", filter != null || (q != null && !q.isBlank()));
        boolean bulk = filter == AccountStatus.PENDING && !found.isEmpty();
        view.addObject("bulk", bulk);
        // no pending row left to mark (another admin decided on them): the problems go to the top instead
        view.addObject("bulkProblem", bulk || errors.isEmpty() ? null : String.join(" ", errors.values()));
        view.addObject("bulkErrors", errors);
        view.addObject("hasBulkErrors", !errors.isEmpty());
        view.addObject("approveChosen", "approve".equals(form.getDecision()));
        view.addObject("rejectChosen", "reject".equals(form.getDecision()));
        view.addObject("reason", form.getReason() == null ? "" : form.getReason());
        return view;
    }

    /** A state filter from the query string: blank for any, or one of the states admins work with. */
    static AccountStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            AccountStatus parsed = AccountStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            if (AccountDirectory.ADMIN_VISIBLE.contains(parsed)) {
                return parsed;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw new BadRequestException("Filter by PENDING, ACTIVE, REJECTED or SUSPENDED.");
    }

    private static String csvUrl(Map<String, String> filters) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/admin/accounts.csv");
        filters.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                uri.queryParam(name, value);
            }
        });
        return uri.encode().build().toUriString();
    }

    /** A row of the list, and whether its box is ticked (kept when the bulk form comes back with a problem). */
    record Listed(AccountRow row, boolean checked) {
    }

    record Option(String value, boolean selected) {
    }
}

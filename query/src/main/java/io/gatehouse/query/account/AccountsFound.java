package io.gatehouse.query.account;

import java.util.List;

/**
 * One page of the admin's account list. {@code total} is exact up to {@link AccountDirectory#COUNT_LIMIT};
 * {@code moreThan} says the count stopped there, since counting a million rows for every page view costs more
 * than the page itself.
 */
public record AccountsFound(List<AccountView> accounts, int page, int pageSize, boolean hasNext, long total,
                            boolean moreThan) {

    public boolean isEmpty() {
        return accounts.isEmpty();
    }
}

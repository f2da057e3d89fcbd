package io.gatehouse.query.account;

import io.gatehouse.account.AccountEvent;
import io.gatehouse.account.AccountRegistered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Builds {@link AccountView} from the account events. */
@Component
@ProcessingGroup(AccountProjection.PROCESSING_GROUP)
class AccountProjection {

    static final String PROCESSING_GROUP = "account-directory";

    private final AccountViewRepository accounts;
    private final JdbcTemplate jdbc;

    AccountProjection(AccountViewRepository accounts, JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AccountEvent event, @Timestamp Instant at) {
        if (event instanceof AccountRegistered registered) {
            accounts.save(new AccountView(registered, at));
        } else {
            accounts.findById(event.accountId())
                    .orElseThrow(() -> new IllegalStateException("No account view for " + event.accountId()))
                    .apply(event, at);
        }
    }

    /**
     * Set-based, in the rebuild's one transaction: other connections keep reading the old rows (MVCC)
     * until the rebuilt ones commit, so signed-in people are never checked against an empty directory.
     * The roles go with their accounts (on delete cascade).
     */
    @ResetHandler
    void reset() {
        jdbc.update("delete from account_view");
    }
}

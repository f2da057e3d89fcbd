package io.gatehouse.query.account;

import io.gatehouse.account.AccountEvent;
import io.gatehouse.account.AccountRegistered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Builds {@link AccountView} from the account events. */
@Component
@ProcessingGroup(AccountProjection.PROCESSING_GROUP)
class AccountProjection {

    static final String PROCESSING_GROUP = "account-directory";

    private final AccountViewRepository accounts;

    AccountProjection(AccountViewRepository accounts) {
        this.accounts = accounts;
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

    @ResetHandler
    void reset() {
        accounts.deleteAll();
    }
}

package io.gatehouse.query.account;

import io.gatehouse.account.AccountApproved;
import io.gatehouse.account.AccountRegistered;
import io.gatehouse.account.AccountRejected;
import io.gatehouse.account.AccountReinstated;
import io.gatehouse.account.AccountStatus;
import io.gatehouse.account.AccountSuspended;
import io.gatehouse.account.RoleGranted;
import io.gatehouse.account.RoleRevoked;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

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
    void on(AccountRegistered event, @Timestamp Instant at) {
        accounts.save(new AccountView(event.accountId(), event.email(), event.displayName(), event.organization(),
                event.requestedRole(), at));
    }

    @EventHandler
    void on(AccountApproved event, @Timestamp Instant at) {
        AccountView account = account(event.accountId());
        account.changeStatus(AccountStatus.ACTIVE, event.reason(), at);
        account.grant(event.grantedRole());
    }

    @EventHandler
    void on(AccountRejected event, @Timestamp Instant at) {
        account(event.accountId()).changeStatus(AccountStatus.REJECTED, event.reason(), at);
    }

    @EventHandler
    void on(AccountSuspended event, @Timestamp Instant at) {
        account(event.accountId()).changeStatus(AccountStatus.SUSPENDED, event.reason(), at);
    }

    @EventHandler
    void on(AccountReinstated event, @Timestamp Instant at) {
        account(event.accountId()).changeStatus(AccountStatus.ACTIVE, event.reason(), at);
    }

    @EventHandler
    void on(RoleGranted event) {
        account(event.accountId()).grant(event.role());
    }

    @EventHandler
    void on(RoleRevoked event) {
        account(event.accountId()).revoke(event.role());
    }

    @ResetHandler
    void reset() {
        accounts.deleteAll();
    }

    private AccountView account(UUID accountId) {
        return accounts.findById(accountId)
                .orElseThrow(() -> new IllegalStateException("No account view for " + accountId));
    }
}

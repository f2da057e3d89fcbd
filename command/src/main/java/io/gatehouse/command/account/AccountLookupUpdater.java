package io.gatehouse.command.account;

import io.gatehouse.account.AccountApproved;
import io.gatehouse.account.AccountRegistered;
import io.gatehouse.account.AccountRejected;
import io.gatehouse.account.AccountReinstated;
import io.gatehouse.account.AccountStatus;
import io.gatehouse.account.AccountSuspended;
import io.gatehouse.account.RoleGranted;
import io.gatehouse.account.RoleRevoked;
import io.gatehouse.command.CommandRefusedException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Keeps {@link AccountLookupEntry} in step with the events, in the command's own transaction (a
 * subscribing processor), so the next command sees this one's effect.
 */
@Component
@ProcessingGroup(AccountLookupUpdater.PROCESSING_GROUP)
class AccountLookupUpdater {

    static final String PROCESSING_GROUP = "command-account-lookup";

    private final AccountLookupRepository lookup;

    AccountLookupUpdater(AccountLookupRepository lookup) {
        this.lookup = lookup;
    }

    @EventHandler
    void on(AccountRegistered event) {
        try {
            lookup.saveAndFlush(new AccountLookupEntry(event.accountId(), event.email()));
        } catch (DataIntegrityViolationException raced) {
            // Two sign-ups with one address passed the check at once; the unique index let one through.
            throw CommandRefusedException.conflict("An account with this e-mail address already exists.");
        }
    }

    @EventHandler
    void on(AccountApproved event) {
        AccountLookupEntry entry = entry(event.accountId());
        entry.status(AccountStatus.ACTIVE);
        entry.roles().add(event.grantedRole());
    }

    @EventHandler
    void on(AccountRejected event) {
        entry(event.accountId()).status(AccountStatus.REJECTED);
    }

    @EventHandler
    void on(AccountSuspended event) {
        entry(event.accountId()).status(AccountStatus.SUSPENDED);
    }

    @EventHandler
    void on(AccountReinstated event) {
        entry(event.accountId()).status(AccountStatus.ACTIVE);
    }

    @EventHandler
    void on(RoleGranted event) {
        entry(event.accountId()).roles().add(event.role());
    }

    @EventHandler
    void on(RoleRevoked event) {
        entry(event.accountId()).roles().remove(event.role());
    }

    @ResetHandler
    void reset() {
        lookup.deleteAll();
    }

    private AccountLookupEntry entry(UUID accountId) {
        return lookup.findById(accountId)
                .orElseThrow(() -> new IllegalStateException("No lookup entry for account " + accountId));
    }
}

package io.gatehouse.command.account;

import io.gatehouse.account.AccountEvent;
import io.gatehouse.account.AccountRegistered;
import io.gatehouse.account.AccountState;
import io.gatehouse.command.CommandRefusedException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
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
    private final AddressFingerprints fingerprints;
    private final JdbcTemplate jdbc;

    AccountLookupUpdater(AccountLookupRepository lookup, AddressFingerprints fingerprints, JdbcTemplate jdbc) {
        this.lookup = lookup;
        this.fingerprints = fingerprints;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AccountEvent event, @Timestamp Instant at) {
        if (event instanceof AccountRegistered registered) {
            register(registered, at);
        } else {
            entry(event.accountId()).apply(event);
        }
    }

    private void register(AccountRegistered event, Instant at) {
        if (event.email() == null) {
            // Read back after the person was erased: replayed, the account holds no address, as it ended.
            lookup.saveAndFlush(new AccountLookupEntry(event.accountId(), null,
                    AccountState.none().after(event).status(), at));
            return;
        }
        AccountState state = AccountState.none().after(event);
        try {
            lookup.saveAndFlush(new AccountLookupEntry(event.accountId(),
                    HeldAddress.of(event.email(), fingerprints), state.status(), at));
        } catch (DataIntegrityViolationException raced) {
            // Two sign-ups with one address passed the check at once; the unique index let one through.
            throw CommandRefusedException.conflict("An account with this e-mail address already exists.");
        }
    }

    /** Set-based, in the rebuild's one transaction (see ProjectionReplayer); roles go by on delete cascade. */
    @ResetHandler
    void reset() {
        jdbc.update("delete from cmd_account_lookup");
    }

    private AccountLookupEntry entry(UUID accountId) {
        return lookup.findById(accountId)
                .orElseThrow(() -> new IllegalStateException("No lookup entry for account " + accountId));
    }
}

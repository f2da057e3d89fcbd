package io.gatehouse.web.signup;

import io.gatehouse.account.ExpireRegistration;
import io.gatehouse.command.CommandRefusedException;
import io.gatehouse.command.account.Account;
import io.gatehouse.command.account.AccountRegistry;
import io.gatehouse.command.account.TokenStore;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Every minute, lets the sign-ups nobody confirmed within 48 hours lapse: each one a command, recorded as
 * {@code RegistrationExpired} by {@code system}, which frees its address. Several instances may try the same
 * one; the account takes the first and refuses the rest.
 */
@Component
public class RegistrationExpiry {

    private static final Logger log = LoggerFactory.getLogger(RegistrationExpiry.class);
    private static final int BATCH = 100;

    private final AccountRegistry registry;
    private final TokenStore tokens;
    private final CommandGateway commands;
    private final Clock clock;

    RegistrationExpiry(AccountRegistry registry, TokenStore tokens, CommandGateway commands, Clock clock) {
        this.registry = registry;
        this.tokens = tokens;
        this.commands = commands;
        this.clock = clock;
    }

    /** Expires what is due; returns how many sign-ups lapsed. */
    @Scheduled(fixedDelay = 1, timeUnit = TimeUnit.MINUTES, initialDelay = 1)
    public int expireDue() {
        Instant now = clock.instant();
        int expired = 0;
        List<UUID> due;
        do {
            due = registry.findUnconfirmedRegisteredBefore(now.minus(Account.CONFIRMATION_DEADLINE), BATCH);
            for (UUID accountId : due) {
                try {
                    commands.sendAndWait(new ExpireRegistration(accountId, now));
                    expired++;
                } catch (CommandRefusedException | ConcurrencyException settledElsewhere) {
                    log.debug("Expiry of account {} settled elsewhere: {}", accountId, settledElsewhere.getMessage());
                }
            }
        } while (due.size() == BATCH && expired > 0);
        int removed = tokens.removeExpired();
        if (expired > 0 || removed > 0) {
            log.info("{} unconfirmed sign-up(s) lapsed; {} expired link(s) removed", expired, removed);
        }
        return expired;
    }
}

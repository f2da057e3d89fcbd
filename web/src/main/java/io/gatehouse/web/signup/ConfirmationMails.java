package io.gatehouse.web.signup;

import io.gatehouse.command.account.Account;
import io.gatehouse.command.account.TokenPurpose;
import io.gatehouse.command.account.TokenStore;
import io.gatehouse.web.mail.Mailer;
import org.springframework.stereotype.Component;

import io.gatehouse.web.support.Web;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Issues a confirmation link and mails it, in the caller's transaction; an older link stops working. Every
 * link works until the sign-up's own deadline, 48 hours after it was made, and its mail says when that is.
 */
@Component
class ConfirmationMails {

    private final TokenStore tokens;
    private final Mailer mailer;
    private final Clock clock;

    ConfirmationMails(TokenStore tokens, Mailer mailer, Clock clock) {
        this.tokens = tokens;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** For a sign-up registered at {@code registeredAt}; nothing once its deadline has passed. */
    void send(UUID accountId, String email, String name, String role, Instant registeredAt) {
        Instant deadline = registeredAt.plus(Account.CONFIRMATION_DEADLINE);
        if (!deadline.isAfter(clock.instant())) {
            return;
        }
        String token = tokens.renew(accountId, TokenPurpose.CONFIRM_EMAIL, deadline);
        mailer.send("confirm-address", accountId, email, "Confirm your address for Gatehouse",
                Map.of("name", name, "role", role, "deadline", Web.time(deadline),
                        "link", mailer.link("/signup/confirm?token=" + token)));
    }
}

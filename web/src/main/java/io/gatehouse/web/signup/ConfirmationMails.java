package io.gatehouse.web.signup;

import io.gatehouse.command.account.Account;
import io.gatehouse.command.account.TokenPurpose;
import io.gatehouse.command.account.TokenStore;
import io.gatehouse.command.account.Tokens;
import io.gatehouse.web.mail.Mailer;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/** Issues a confirmation link and mails it, in the caller's transaction; an older link stops working. */
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

    void send(UUID accountId, String email, String name, String role) {
        String token = Tokens.newToken();
        tokens.revokeAll(accountId, TokenPurpose.CONFIRM_EMAIL);
        tokens.issue(Tokens.hash(token), TokenPurpose.CONFIRM_EMAIL, accountId,
                clock.instant().plus(Account.CONFIRMATION_DEADLINE));
        mailer.send("confirm-address", accountId, email, "Confirm your address for Gatehouse",
                Map.of("name", name, "role", role, "link", mailer.link("/signup/confirm?token=" + token)));
    }
}

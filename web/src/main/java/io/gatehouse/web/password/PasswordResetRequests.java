package io.gatehouse.web.password;

import io.gatehouse.command.account.TokenPurpose;
import io.gatehouse.command.account.TokenStore;
import io.gatehouse.query.account.AccountDirectory;
import io.gatehouse.query.account.AccountView;
import io.gatehouse.web.mail.Mailer;
import io.gatehouse.web.outbox.OutboxHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** Mails a reset link (30 minutes, single use) to an address that holds an account that can sign in. */
@Component
class PasswordResetRequests implements OutboxHandler {

    static final Duration LINK_LIFETIME = Duration.ofMinutes(30);

    private final JsonMapper json;
    private final AccountDirectory directory;
    private final TokenStore tokens;
    private final Mailer mailer;
    private final Clock clock;

    PasswordResetRequests(JsonMapper json, AccountDirectory directory, TokenStore tokens, Mailer mailer, Clock clock) {
        this.json = json;
        this.directory = directory;
        this.tokens = tokens;
        this.mailer = mailer;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return PasswordResetController.REQUEST_KIND;
    }

    @Override
    public void handle(String payload) {
        String email = json.readTree(payload).get("email").asString();
        directory.findAccountByEmail(email).filter(account -> account.getStatus().canSignIn()).ifPresent(this::sendLink);
    }

    private void sendLink(AccountView account) {
        String token = tokens.renew(account.getAccountId(), TokenPurpose.RESET_PASSWORD,
                clock.instant().plus(LINK_LIFETIME));
        mailer.send("password-reset-link", account.getAccountId(), account.getEmail(), "Choose a new Gatehouse password",
                Map.of("name", account.getDisplayName(), "link", mailer.link("/password/reset?token=" + token)));
    }
}

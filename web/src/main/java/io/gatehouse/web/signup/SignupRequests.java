package io.gatehouse.web.signup;

import io.gatehouse.account.EmailAddress;
import io.gatehouse.account.RegisterAccount;
import io.gatehouse.command.account.AccountRegistry;
import io.gatehouse.query.account.AccountDirectory;
import io.gatehouse.query.account.AccountView;
import io.gatehouse.web.mail.Mailer;
import io.gatehouse.web.outbox.Outbox;
import io.gatehouse.web.outbox.OutboxHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;
import java.util.Optional;

/**
 * Records the sign-ups waiting in the outbox. A free address gets a new UNVERIFIED account and a
 * confirmation mail; a taken one (or a look-alike of one) records nothing, and its owner gets a notice.
 */
@Component
class SignupRequests implements OutboxHandler {

    static final String KIND = "signup";
    private static final Logger log = LoggerFactory.getLogger(SignupRequests.class);

    private final Outbox outbox;
    private final JsonMapper json;
    private final AccountRegistry registry;
    private final AccountDirectory directory;
    private final CommandGateway commands;
    private final ConfirmationMails confirmations;
    private final Mailer mailer;

    SignupRequests(Outbox outbox, JsonMapper json, AccountRegistry registry, AccountDirectory directory,
                   CommandGateway commands, ConfirmationMails confirmations, Mailer mailer) {
        this.outbox = outbox;
        this.json = json;
        this.registry = registry;
        this.directory = directory;
        this.commands = commands;
        this.confirmations = confirmations;
        this.mailer = mailer;
    }

    /** Queues a sign-up, in the caller's transaction. */
    void queue(SignupRequest request) {
        outbox.add(KIND, request);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void handle(String payload) {
        SignupRequest request = json.readValue(payload, SignupRequest.class);
        EmailAddress email = EmailAddress.parse(request.email())
                .orElseThrow(() -> new IllegalStateException("A queued sign-up has an unacceptable address"));
        Optional<AccountView> holder = registry.findHolder(email).flatMap(directory::findAccount);
        if (holder.isPresent()) {
            notifyHolder(holder.get(), email);
            return;
        }
        commands.sendAndWait(new RegisterAccount(request.accountId(), email.value(), request.displayName(),
                request.organization(), request.role(), request.passwordHash(), request.accountId().toString(),
                request.clientAddress()));
        confirmations.send(request.accountId(), email.value(), request.displayName().strip(), request.role().name(),
                directory.findAccount(request.accountId()).orElseThrow().getRegisteredAt());
        log.info("Account {} signed up for {} from {}; confirmation mail queued", request.accountId(), request.role(),
                request.clientAddress());
    }

    private void notifyHolder(AccountView holder, EmailAddress typed) {
        boolean lookAlike = !holder.getEmail().equals(typed.value());
        log.info("Sign-up with {} address of account {}: nothing recorded, its owner is told",
                lookAlike ? "a look-alike of the" : "the", holder.getAccountId());
        mailer.send("address-taken", holder.getAccountId(), holder.getEmail(),
                lookAlike ? "Someone tried to sign up with an address like yours" : "Someone tried to sign up with your address",
                Map.of("name", holder.getDisplayName(), "lookAlike", lookAlike, "typed", typed.value(),
                        "signIn", mailer.link("/login"), "forgot", mailer.link("/password/forgot")));
    }
}

package io.gatehouse.web.signup;

import io.gatehouse.account.AccountStatus;
import io.gatehouse.query.account.AccountDirectory;
import io.gatehouse.web.outbox.OutboxHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Sends a new confirmation link to an address that holds an unconfirmed account; to any other, nothing. */
@Component
class ResendRequests implements OutboxHandler {

    private final JsonMapper json;
    private final AccountDirectory directory;
    private final ConfirmationMails confirmations;

    ResendRequests(JsonMapper json, AccountDirectory directory, ConfirmationMails confirmations) {
        this.json = json;
        this.directory = directory;
        this.confirmations = confirmations;
    }

    @Override
    public String kind() {
        return ConfirmationController.RESEND_KIND;
    }

    @Override
    public void handle(String payload) {
        String email = json.readTree(payload).get("email").asString();
        directory.findAccountByEmail(email)
                .filter(account -> account.getStatus() == AccountStatus.UNVERIFIED)
                .ifPresent(account -> confirmations.send(account.getAccountId(), account.getEmail(),
                        account.getDisplayName(), account.getRequestedRole().name(), account.getRegisteredAt()));
    }
}

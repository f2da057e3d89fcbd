package io.gatehouse.web.mail;

import io.gatehouse.account.AccountApproved;
import io.gatehouse.account.AccountErased;
import io.gatehouse.account.AccountReinstated;
import io.gatehouse.account.AccountRejected;
import io.gatehouse.account.AccountSuspended;
import io.gatehouse.account.Actors;
import io.gatehouse.account.EmailConfirmed;
import io.gatehouse.account.PasswordChanged;
import io.gatehouse.account.PasswordReset;
import io.gatehouse.account.RoleGranted;
import io.gatehouse.account.RoleRevoked;
import io.gatehouse.account.SecondFactorReset;
import io.gatehouse.query.account.AccountDirectory;
import io.gatehouse.query.account.AccountView;
import io.gatehouse.signin.SignedIn;
import io.gatehouse.web.support.Web;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Which recorded act sends which mail. Runs in the transaction that records the act (a subscribing
 * processor), so the mail goes out only if the act is recorded, and is in the outbox if it is.
 */
@Component
@ProcessingGroup("mail-policy")
class MailPolicy {

    private final Mailer mailer;
    private final AccountDirectory directory;

    MailPolicy(Mailer mailer, AccountDirectory directory) {
        this.mailer = mailer;
        this.directory = directory;
    }

    /** Nothing unsent may go out about an erased person, to them or about them. */
    @EventHandler
    void on(AccountErased event) {
        mailer.forget(event.accountId());
    }

    /** One message to all active admins, blind: the request is news for the team, not for one of them. */
    @EventHandler
    void on(EmailConfirmed event) {
        AccountView waiting = account(event.accountId());
        List<String> admins = directory.findActiveAdmins().stream().map(AccountView::getEmail).toList();
        mailer.send("request-waiting", waiting.getAccountId(), admins,
                "A request is waiting: " + waiting.getDisplayName() + " as " + waiting.getRequestedRole(),
                Map.of("applicant", waiting.getDisplayName(), "applicantEmail", waiting.getEmail(),
                        "role", waiting.getRequestedRole().name(),
                        "organization", waiting.getOrganization() == null ? "" : waiting.getOrganization(),
                        "link", mailer.link("/admin/accounts/" + waiting.getAccountId())));
    }

    @EventHandler
    void on(AccountApproved event) {
        if (!Actors.SYSTEM.equals(event.actorId())) { // the first admin, opened by the service itself, needs no news
            toOwner(event.accountId(), "approved", "Your Gatehouse account is approved",
                    Map.of("role", event.grantedRole().name(), "link", mailer.link("/login")), event.reason());
        }
    }

    @EventHandler
    void on(AccountRejected event) {
        toOwner(event.accountId(), "rejected", "Your Gatehouse request was not approved", Map.of(), event.reason());
    }

    @EventHandler
    void on(AccountSuspended event) {
        toOwner(event.accountId(), "suspended", "Your Gatehouse account is suspended", Map.of(), event.reason());
    }

    @EventHandler
    void on(AccountReinstated event) {
        toOwner(event.accountId(), "reinstated", "Your Gatehouse account is active again",
                Map.of("link", mailer.link("/login")), event.reason());
    }

    @EventHandler
    void on(RoleGranted event) {
        toOwner(event.accountId(), "role-granted", "You now hold the " + event.role() + " role",
                Map.of("role", event.role().name()), event.reason());
    }

    @EventHandler
    void on(RoleRevoked event) {
        toOwner(event.accountId(), "role-revoked", "You no longer hold the " + event.role() + " role",
                Map.of("role", event.role().name()), event.reason());
    }

    @EventHandler
    void on(PasswordChanged event, @Timestamp Instant at) {
        passwordChanged(event.accountId(), event.clientAddress(), at);
    }

    @EventHandler
    void on(PasswordReset event, @Timestamp Instant at) {
        passwordChanged(event.accountId(), event.clientAddress(), at);
    }

    @EventHandler
    void on(SecondFactorReset event) {
        toOwner(event.accountId(), "second-factor-reset", "Your second factor was removed",
                Map.of("link", mailer.link("/login")), event.reason());
    }

    @EventHandler
    void on(SignedIn event, @Timestamp Instant at) {
        if (!event.knownBrowser()) {
            toOwner(event.accountId(), "new-browser", "New sign-in to your Gatehouse account",
                    Map.of("time", Web.time(at), "client", String.valueOf(event.clientAddress()),
                            "browser", event.browser() == null ? "an unknown browser" : event.browser(),
                            "link", mailer.link("/account/sessions")), null);
        }
    }

    private void passwordChanged(UUID accountId, String clientAddress, Instant at) {
        toOwner(accountId, "password-changed", "Your Gatehouse password was changed",
                Map.of("time", Web.time(at), "client", String.valueOf(clientAddress),
                        "link", mailer.link("/password/forgot")), null);
    }

    private void toOwner(UUID accountId, String template, String subject, Map<String, String> extra, String reason) {
        AccountView account = account(accountId);
        if (account.getEmail() == null) {
            return; // erased: no address to write to
        }
        Map<String, Object> model = new HashMap<>(extra);
        model.put("name", account.getDisplayName());
        if (reason != null) {
            model.put("reason", reason);
        }
        mailer.send(template, accountId, account.getEmail(), subject, model);
    }

    private AccountView account(UUID accountId) {
        return directory.findAccount(accountId)
                .orElseThrow(() -> new IllegalStateException("No account view for " + accountId));
    }
}

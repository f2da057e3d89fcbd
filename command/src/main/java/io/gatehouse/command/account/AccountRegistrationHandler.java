package io.gatehouse.command.account;

import io.gatehouse.account.Actors;
import io.gatehouse.account.EmailAddress;
import io.gatehouse.account.RegisterAccount;
import io.gatehouse.command.CommandRefusedException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Opens accounts. Lives outside the aggregate because its rules (a free e-mail address) span accounts;
 * the unique index behind {@link AccountRegistry} settles the race two simultaneous sign-ups could run.
 */
@Component
public class AccountRegistrationHandler {

    public static final int MAX_NAME = 100;
    public static final int MAX_ORGANIZATION = 100;

    private final Repository<Account> accounts;
    private final AccountRegistry registry;
    private final CredentialStore credentials;

    public AccountRegistrationHandler(Repository<Account> accounts, AccountRegistry registry,
                                      CredentialStore credentials) {
        this.accounts = accounts;
        this.registry = registry;
        this.credentials = credentials;
    }

    @CommandHandler
    public UUID handle(RegisterAccount command) throws Exception {
        EmailAddress email = requireValidEmail(command.email());
        AccountRules.requireText(command.displayName(), "A display name", MAX_NAME);
        AccountRules.requireOptionalText(command.organization(), "An organization", MAX_ORGANIZATION);
        requireRoleOpenTo(command);
        if (command.passwordHash() == null || command.passwordHash().isBlank()) {
            throw CommandRefusedException.invalid("A password is required.");
        }
        requireEmailFree(email);
        accounts.newInstance(() -> new Account(command, confirmationRequired(command)));
        credentials.store(command.accountId(), command.passwordHash());
        return command.accountId();
    }

    /** People prove they own their address; the first admin, opened by the service itself, cannot. */
    static boolean confirmationRequired(RegisterAccount command) {
        return !Actors.SYSTEM.equals(command.actorId());
    }

    private void requireEmailFree(EmailAddress email) {
        if (registry.findHolder(email).isPresent()) {
            throw CommandRefusedException.conflict("An account with this e-mail address already exists.");
        }
    }

    private static void requireRoleOpenTo(RegisterAccount command) {
        if (command.requestedRole() == null) {
            throw CommandRefusedException.invalid("Choose the role you are signing up for.");
        }
        if (!command.requestedRole().isSelfService() && !Actors.SYSTEM.equals(command.actorId())) {
            throw CommandRefusedException.invalid("You can sign up as a sponsor or an editor; other roles are granted by an admin.");
        }
    }

    private static EmailAddress requireValidEmail(String email) {
        return EmailAddress.parse(email).orElseThrow(() -> CommandRefusedException.invalid(
                EmailAddress.problem(email).orElse("Enter a valid e-mail address.")));
    }
}

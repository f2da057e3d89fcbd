package io.gatehouse.command.account;

import io.gatehouse.account.Actors;
import io.gatehouse.account.RegisterAccount;
import io.gatehouse.command.CommandRefusedException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Opens accounts. Lives outside the aggregate because its rules (a free e-mail address) span accounts;
 * the unique index behind {@link AccountRegistry} settles the race two simultaneous sign-ups could run.
 */
@Component
public class AccountRegistrationHandler {

    public static final int MAX_EMAIL = 254;
    public static final int MAX_NAME = 100;
    public static final int MAX_ORGANIZATION = 100;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", Pattern.UNICODE_CHARACTER_CLASS);

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
        requireValidEmail(command.email());
        requireText(command.displayName(), "A display name", MAX_NAME);
        requireOptionalText(command.organization(), "An organization", MAX_ORGANIZATION);
        requireRoleOpenTo(command);
        if (command.passwordHash() == null || command.passwordHash().isBlank()) {
            throw CommandRefusedException.invalid("A password is required.");
        }
        requireEmailFree(Actors.normalizeEmail(command.email()));
        accounts.newInstance(() -> new Account(command));
        credentials.store(command.accountId(), command.passwordHash());
        return command.accountId();
    }

    private void requireEmailFree(String email) {
        if (registry.isEmailTaken(email)) {
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

    /** Whether an already normalized address is one the service accepts; forms ask before sending. */
    public static boolean isAcceptableEmail(String normalized) {
        return normalized.length() <= MAX_EMAIL && EMAIL.matcher(normalized).matches();
    }

    private static void requireValidEmail(String email) {
        String normalized = Actors.normalizeEmail(email);
        if (normalized == null || normalized.isEmpty()) {
            throw CommandRefusedException.invalid("An e-mail address is required.");
        }
        if (!isAcceptableEmail(normalized)) {
            throw CommandRefusedException.invalid("Enter a valid e-mail address, such as name@example.org.");
        }
    }

    private static void requireText(String value, String what, int max) {
        if (value == null || value.isBlank()) {
            throw CommandRefusedException.invalid(what + " is required.");
        }
        requireOptionalText(value, what, max);
    }

    private static void requireOptionalText(String value, String what, int max) {
        if (value != null && value.strip().length() > max) {
            throw CommandRefusedException.invalid(what + " can be at most " + max + " characters long.");
        }
    }
}

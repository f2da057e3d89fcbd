package io.gatehouse.web.admin;

import io.gatehouse.account.Actors;
import io.gatehouse.account.ApproveAccount;
import io.gatehouse.account.EmailAddress;
import io.gatehouse.account.RegisterAccount;
import io.gatehouse.account.Role;
import io.gatehouse.command.CommandRefusedException;
import io.gatehouse.command.account.AccountRegistry;
import io.gatehouse.command.account.CredentialStore;
import io.gatehouse.command.account.PasswordPolicy;
import io.gatehouse.web.config.GatehouseProperties;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * At start-up, when no ACTIVE admin exists, opens and approves one, both acts recorded by {@code system}.
 * With no password configured, a one-time password is generated and written to the log, once; its first
 * use leads to choosing a new one, and nothing else opens until then.
 */
@Component
class FirstAdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final AccountRegistry registry;
    private final CommandGateway commands;
    private final PasswordEncoder passwords;
    private final CredentialStore credentials;
    private final GatehouseProperties.Admin settings;

    FirstAdminBootstrap(AccountRegistry registry, CommandGateway commands, PasswordEncoder passwords,
                        CredentialStore credentials, GatehouseProperties properties) {
        this.registry = registry;
        this.commands = commands;
        this.passwords = passwords;
        this.credentials = credentials;
        this.settings = properties.admin();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (registry.anyActiveAdmin()) {
            return;
        }
        String email = EmailAddress.normalize(settings.email());
        boolean generated = settings.password() == null || settings.password().isEmpty();
        String password = generated ? generatePassword() : settings.password();
        PasswordPolicy.problem(password, email, "Administrator").ifPresent(problem -> {
            throw new IllegalStateException("GATEHOUSE_ADMIN_PASSWORD is not acceptable: " + problem);
        });
        UUID adminId = UUID.randomUUID();
        try {
            commands.sendAndWait(new RegisterAccount(adminId, email, "Administrator", null, Role.ADMIN,
                    passwords.encode(password), Actors.SYSTEM, "local"));
            commands.sendAndWait(new ApproveAccount(adminId, "First admin, created at start-up", Actors.SYSTEM, "local"));
        } catch (CommandRefusedException refused) {
            log.error("No ACTIVE admin exists, and the first admin {} could not be created: {} "
                    + "Set GATEHOUSE_ADMIN_EMAIL to an unused address and restart.", email, refused.getMessage());
            return;
        }
        if (generated) {
            credentials.requireChange(adminId);
            // framed by blank lines: the one line of the start-up a newcomer must not miss
            log.warn("\n\n==> First admin created: sign in at /admin/login as {} with the one-time password {} "
                    + "(it is shown only this once, and must be changed at that first sign-in)\n", email, password);
        } else {
            log.info("\n\n==> First admin created: sign in at /admin/login as {} with the password in "
                    + "GATEHOUSE_ADMIN_PASSWORD\n", email);
        }
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}

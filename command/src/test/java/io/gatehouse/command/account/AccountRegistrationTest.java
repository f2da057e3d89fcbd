package io.gatehouse.command.account;

import io.gatehouse.account.AccountRegistered;
import io.gatehouse.account.Actors;
import io.gatehouse.account.RegisterAccount;
import io.gatehouse.account.Role;
import io.gatehouse.command.CommandRefusedException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;
import java.util.UUID;

import static io.gatehouse.command.account.AccountHistory.CLIENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Opening an account through {@link AccountRegistrationHandler}. */
class AccountRegistrationTest {

    private static final UUID ACCOUNT = UUID.fromString("55555555-5555-5555-5555-555555555555");
    private static final String SELF = Actors.of(ACCOUNT);
    private static final String HASH = "$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA";

    private FixtureConfiguration<Account> fixture;
    private InMemoryAccountRegistry registry;
    private InMemoryCredentialStore credentials;
    private boolean expectCredentialStored;

    @BeforeEach
    void setUp() {
        registry = new InMemoryAccountRegistry();
        credentials = new InMemoryCredentialStore();
        fixture = new AggregateTestFixture<>(Account.class);
        fixture.registerInjectableResource(registry);
        fixture.registerInjectableResource(credentials);
        fixture.registerAnnotatedCommandHandler(
                new AccountRegistrationHandler(fixture.getRepository(), registry, credentials));
    }

    /** A refused registration stores no password hash; an accepted one stores exactly the one it carried. */
    @AfterEach
    void credentialStoredOnlyWhenRegistered() {
        if (expectCredentialStored) {
            assertEquals(Optional.of(HASH), credentials.passwordHash(ACCOUNT));
        } else {
            assertTrue(credentials.isEmpty(), "a refused registration must not store a credential");
        }
    }

    private static RegisterAccount register(String email, String displayName, String organization, Role role,
                                            String passwordHash, String actorId) {
        return new RegisterAccount(ACCOUNT, email, displayName, organization, role, passwordHash, actorId, CLIENT);
    }

    private static RegisterAccount editorSignUp(String email) {
        return register(email, "Ada Lovelace", null, Role.EDITOR, HASH, SELF);
    }

    // --- allowed -------------------------------------------------------------------------------------------

    @Test
    void registerWhenValidThenAccountRegisteredWithNormalizedEmail() {
        expectCredentialStored = true;
        fixture.givenNoPriorActivity()
                .when(register("  Ada.Lovelace@Example.ORG ", "  Ada Lovelace ", " Analytical Engines ",
                        Role.EDITOR, HASH, SELF))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(ACCOUNT)
                .expectEvents(new AccountRegistered(ACCOUNT, "ada.lovelace@example.org", "Ada Lovelace",
                        "Analytical Engines", Role.EDITOR, true, SELF, CLIENT));
    }

    @Test
    void registerAsSponsorWithBlankOrganizationThenOrganizationLeftOut() {
        expectCredentialStored = true;
        fixture.givenNoPriorActivity()
                .when(register("grace@example.org", "Grace Hopper", "   ", Role.SPONSOR, HASH, SELF))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AccountRegistered(ACCOUNT, "grace@example.org", "Grace Hopper", null,
                        Role.SPONSOR, true, SELF, CLIENT));
    }

    @Test
    void registerWhenAnotherEmailIsTakenThenAccountRegistered() {
        expectCredentialStored = true;
        registry.withEmail("someone.else@example.org");
        fixture.givenNoPriorActivity()
                .when(editorSignUp("ada@example.org"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AccountRegistered(ACCOUNT, "ada@example.org", "Ada Lovelace", null,
                        Role.EDITOR, true, SELF, CLIENT));
    }

    /** The first admin is opened by the service itself: there is nobody to confirm an address. */
    @Test
    void registerAdminBySystemThenRegisteredWithoutConfirmation() {
        expectCredentialStored = true;
        fixture.givenNoPriorActivity()
                .when(register("admin@example.org", "First Admin", null, Role.ADMIN, HASH, Actors.SYSTEM))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AccountRegistered(ACCOUNT, "admin@example.org", "First Admin", null,
                        Role.ADMIN, false, Actors.SYSTEM, CLIENT));
    }

    // --- refused -------------------------------------------------------------------------------------------

    @Test
    void registerWhenEmailTakenThenRefused() {
        registry.withEmail("ada@example.org");
        fixture.givenNoPriorActivity()
                .when(editorSignUp("ada@example.org"))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("An account with this e-mail address already exists.")
                .expectNoEvents();
    }

    @Test
    void registerWhenEmailTakenInAnotherCaseThenRefused() {
        registry.withEmail("ada@example.org");
        fixture.givenNoPriorActivity()
                .when(editorSignUp("  ADA@Example.Org  "))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("An account with this e-mail address already exists.")
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada", "ada@example", "@example.org", "ada@", "ada@@example.org", "ada lovelace@example.org",
            "ada@exa mple.org"})
    void registerWithInvalidEmailThenRefused(String email) {
        fixture.givenNoPriorActivity()
                .when(editorSignUp(email))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("Enter a valid e-mail address, such as name@example.org.")
                .expectNoEvents();
    }

    @Test
    void registerWithTooLongEmailThenRefused() {
        String email = "a".repeat(243) + "@example.org"; // 255 characters
        fixture.givenNoPriorActivity()
                .when(editorSignUp(email))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("Enter a valid e-mail address, such as name@example.org.")
                .expectNoEvents();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void registerWithoutEmailThenRefused(String email) {
        fixture.givenNoPriorActivity()
                .when(editorSignUp(email))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("Enter your e-mail address.")
                .expectNoEvents();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t"})
    void registerWithBlankDisplayNameThenRefused(String displayName) {
        fixture.givenNoPriorActivity()
                .when(register("ada@example.org", displayName, null, Role.EDITOR, HASH, SELF))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("A display name is required.")
                .expectNoEvents();
    }

    @Test
    void registerWithTooLongDisplayNameThenRefused() {
        fixture.givenNoPriorActivity()
                .when(register("ada@example.org", "n".repeat(101), null, Role.EDITOR, HASH, SELF))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("A display name can be at most 100 characters long.")
                .expectNoEvents();
    }

    @Test
    void registerWithTooLongOrganizationThenRefused() {
        fixture.givenNoPriorActivity()
                .when(register("ada@example.org", "Ada Lovelace", "o".repeat(101), Role.EDITOR, HASH, SELF))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("An organization can be at most 100 characters long.")
                .expectNoEvents();
    }

    @Test
    void registerAsAdminByNonSystemActorThenRefused() {
        fixture.givenNoPriorActivity()
                .when(register("ada@example.org", "Ada Lovelace", null, Role.ADMIN, HASH, SELF))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage(
                        "You can sign up as a sponsor or an editor; other roles are granted by an admin.")
                .expectNoEvents();
    }

    @Test
    void registerAsAuditorByNonSystemActorThenRefused() {
        fixture.givenNoPriorActivity()
                .when(register("ada@example.org", "Ada Lovelace", null, Role.AUDITOR, HASH, SELF))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage(
                        "You can sign up as a sponsor or an editor; other roles are granted by an admin.")
                .expectNoEvents();
    }

    @Test
    void registerWithoutRoleThenRefused() {
        fixture.givenNoPriorActivity()
                .when(register("ada@example.org", "Ada Lovelace", null, null, HASH, SELF))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("Choose the role you are signing up for.")
                .expectNoEvents();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void registerWithBlankPasswordHashThenRefused(String passwordHash) {
        fixture.givenNoPriorActivity()
                .when(register("ada@example.org", "Ada Lovelace", null, Role.EDITOR, passwordHash, SELF))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("A password is required.")
                .expectNoEvents();
    }
}

package io.gatehouse.command.account;

import io.gatehouse.account.AccountRegistered;
import io.gatehouse.account.Actors;
import io.gatehouse.account.RegisterAccount;
import io.gatehouse.account.Role;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.gatehouse.command.account.AccountHistory.CLIENT;
import static org.assertj.core.api.Assertions.assertThat;

/** A sign-up that would read as someone else's address is refused as if the address were taken. */
class LookAlikeRegistrationTest {

    private static final UUID ACCOUNT = UUID.fromString("ffffffff-6666-4666-8666-666666666666");
    private static final String SELF = Actors.of(ACCOUNT);
    private static final String HASH = "$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA";
    private static final String TAKEN = "An account with this e-mail address already exists.";

    private FixtureConfiguration<Account> fixture;
    private InMemoryAccountRegistry registry;
    private InMemoryCredentialStore credentials;

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

    private static RegisterAccount signUp(String email) {
        return new RegisterAccount(ACCOUNT, email, "Mallory", null, Role.EDITOR, HASH, SELF, CLIENT);
    }

    @Test
    void registerWhenMixedScriptLookAlikeOfTakenAddressThenRefusedAndNothingStored() {
        registry.withEmail("admin@gatehouse.test");
        fixture.givenNoPriorActivity()
                .when(signUp("\u0430dmin@gatehouse.test"))
                .expectException(Refused.conflict(TAKEN))
                .expectNoEvents();
        assertThat(credentials.isEmpty()).isTrue();
    }

    /** Full-width letters fold to ASCII first, so they cannot dodge the check either. */
    @Test
    void registerWhenFullWidthLookAlikeOfTakenAddressThenRefused() {
        registry.withEmail("admin@gatehouse.test");
        fixture.givenNoPriorActivity()
                .when(signUp("ＡＤＭＩＮ@gatehouse.test"))
                .expectException(Refused.conflict(TAKEN))
                .expectNoEvents();
        assertThat(credentials.isEmpty()).isTrue();
    }

    @Test
    void registerWhenSameScriptLookAlikeOfTakenAddressThenRegistered() {
        registry.withEmail("modern@example.org");
        fixture.givenNoPriorActivity()
                .when(signUp("rnodern@example.org"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AccountRegistered(ACCOUNT, "rnodern@example.org", "Mallory", null, Role.EDITOR,
                        true, SELF, CLIENT));
        assertThat(credentials.passwordHash(ACCOUNT)).contains(HASH);
    }

    @Test
    void registerWhenAddressHasZeroWidthSpaceThenRefusedAsInvalid() {
        fixture.givenNoPriorActivity()
                .when(signUp("ad\u200Bmin@gatehouse.test"))
                .expectException(Refused.invalid(
                        "The address contains invisible or direction-changing characters; type it again by hand."))
                .expectNoEvents();
        assertThat(credentials.isEmpty()).isTrue();
    }
}

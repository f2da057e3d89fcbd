package io.gatehouse.command.account;

import io.gatehouse.account.Actors;
import io.gatehouse.account.ChangePassword;
import io.gatehouse.account.PasswordChanged;
import io.gatehouse.account.RegistrationExpired;
import io.gatehouse.account.Role;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.UUID;

import static io.gatehouse.command.account.AccountHistory.CLIENT;
import static io.gatehouse.command.account.AccountHistory.active;
import static io.gatehouse.command.account.AccountHistory.registered;
import static io.gatehouse.command.account.AccountHistory.unconfirmed;
import static org.assertj.core.api.Assertions.assertThat;

/** The owner replacing their password: the hash goes to the credential store, only the fact to the events. */
class PasswordChangeTest {

    private static final UUID ACCOUNT = UUID.fromString("99999999-9999-9999-9999-999999999999");
    private static final String SELF = Actors.of(ACCOUNT);
    private static final String OLD_HASH = "$argon2id$v=19$m=65536,t=3,p=4$b2xk$b2xkaGFzaA";
    private static final String NEW_HASH = "$argon2id$v=19$m=65536,t=3,p=4$bmV3$bmV3aGFzaA";

    private FixtureConfiguration<Account> fixture;
    private InMemoryCredentialStore credentials;

    @BeforeEach
    void setUp() {
        credentials = new InMemoryCredentialStore();
        credentials.store(ACCOUNT, OLD_HASH);
        fixture = new AggregateTestFixture<>(Account.class);
        fixture.registerInjectableResource(credentials);
    }

    @Test
    void changeWhenActiveThenNewHashStoredAndChangeRecorded() {
        fixture.given(active(ACCOUNT, Role.EDITOR))
                .when(new ChangePassword(ACCOUNT, NEW_HASH, SELF, CLIENT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PasswordChanged(ACCOUNT, SELF, CLIENT));
        assertThat(credentials.passwordHash(ACCOUNT)).contains(NEW_HASH);
    }

    /** A confirmed account waiting for approval may already sign in, so it may change its password. */
    @Test
    void changeWhenPendingThenNewHashStored() {
        fixture.given(registered(ACCOUNT, Role.EDITOR))
                .when(new ChangePassword(ACCOUNT, NEW_HASH, SELF, CLIENT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PasswordChanged(ACCOUNT, SELF, CLIENT));
        assertThat(credentials.passwordHash(ACCOUNT)).contains(NEW_HASH);
    }

    /** The generated first-admin password is replaced in the service's name; the event says who acted. */
    @Test
    void changeThenActorFromCommandRecorded() {
        fixture.given(active(ACCOUNT, Role.EDITOR))
                .when(new ChangePassword(ACCOUNT, NEW_HASH, Actors.SYSTEM, CLIENT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PasswordChanged(ACCOUNT, Actors.SYSTEM, CLIENT));
    }

    /** The hash must never reach an event or a log line through the command's text. */
    @Test
    void changeCommandTextThenLeavesHashOut() {
        assertThat(new ChangePassword(ACCOUNT, NEW_HASH, SELF, CLIENT).toString()).doesNotContain(NEW_HASH);
    }

    @Test
    void changeWhenUnverifiedThenConflictAndHashUnchanged() {
        fixture.given(unconfirmed(ACCOUNT, Role.EDITOR))
                .when(new ChangePassword(ACCOUNT, NEW_HASH, SELF, CLIENT))
                .expectException(Refused.conflict(
                        "You cannot change the password of an account that is UNVERIFIED."))
                .expectNoEvents();
        assertThat(credentials.passwordHash(ACCOUNT)).contains(OLD_HASH);
    }

    @Test
    void changeWhenExpiredThenConflictAndHashUnchanged() {
        fixture.given(unconfirmed(ACCOUNT, Role.EDITOR), new RegistrationExpired(ACCOUNT, Actors.SYSTEM, null))
                .when(new ChangePassword(ACCOUNT, NEW_HASH, SELF, CLIENT))
                .expectException(Refused.conflict("You cannot change the password of an account that is EXPIRED."))
                .expectNoEvents();
        assertThat(credentials.passwordHash(ACCOUNT)).contains(OLD_HASH);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void changeWithBlankHashThenRefusedAndHashUnchanged(String passwordHash) {
        fixture.given(active(ACCOUNT, Role.EDITOR))
                .when(new ChangePassword(ACCOUNT, passwordHash, SELF, CLIENT))
                .expectException(Refused.invalid("A password is required."))
                .expectNoEvents();
        assertThat(credentials.passwordHash(ACCOUNT)).contains(OLD_HASH);
    }
}

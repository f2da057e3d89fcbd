package io.gatehouse.command.account;

import io.gatehouse.account.AccountDetailsChanged;
import io.gatehouse.account.AccountRegistered;
import io.gatehouse.account.Actors;
import io.gatehouse.account.ChangeAccountDetails;
import io.gatehouse.account.RegistrationExpired;
import io.gatehouse.account.Role;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.gatehouse.command.account.AccountHistory.ADMIN;
import static io.gatehouse.command.account.AccountHistory.CLIENT;
import static io.gatehouse.command.account.AccountHistory.registered;
import static io.gatehouse.command.account.AccountHistory.suspendedAccount;
import static io.gatehouse.command.account.AccountHistory.unconfirmed;

/** A person changes the name and organization others see. */
class AccountDetailsChangeTest {

    private static final UUID ACCOUNT = UUID.fromString("11111111-1111-1111-1111-111111111111");
    private static final String SELF = Actors.of(ACCOUNT);

    private FixtureConfiguration<Account> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Account.class);
    }

    @Test
    void changeWhenNewNameAndOrganizationThenRecordedStrippedWithProvenance() {
        fixture.given(registered(ACCOUNT, Role.EDITOR))
                .when(new ChangeAccountDetails(ACCOUNT, "  Ada King ", " Analytical Engines ", SELF, CLIENT))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(true)
                .expectEvents(new AccountDetailsChanged(ACCOUNT, "Ada King", "Analytical Engines", SELF, CLIENT));
    }

    @Test
    void changeWhenSameDetailsThenNothingRecorded() {
        fixture.given(registered(ACCOUNT, Role.EDITOR))
                .when(new ChangeAccountDetails(ACCOUNT, "A Person ", "", SELF, CLIENT))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(false)
                .expectNoEvents();
    }

    @Test
    void changeWhenOrganizationClearedThenRecordedAsNone() {
        fixture.given(new AccountRegistered(ACCOUNT, "a@example.org", "A Person", "Engines", Role.EDITOR, false,
                        SELF, CLIENT))
                .when(new ChangeAccountDetails(ACCOUNT, "A Person", "  ", SELF, CLIENT))
                .expectEvents(new AccountDetailsChanged(ACCOUNT, "A Person", null, SELF, CLIENT));
    }

    @Test
    void changeAfterEarlierChangeComparesWithTheLatestDetails() {
        fixture.given(registered(ACCOUNT, Role.EDITOR),
                        new AccountDetailsChanged(ACCOUNT, "Ada King", null, SELF, CLIENT))
                .when(new ChangeAccountDetails(ACCOUNT, "Ada King", null, SELF, CLIENT))
                .expectResultMessagePayload(false)
                .expectNoEvents();
    }

    @Test
    void changeWhenSuspendedThenStillAllowed() {
        fixture.given(suspendedAccount(ACCOUNT, Role.EDITOR))
                .when(new ChangeAccountDetails(ACCOUNT, "Ada King", null, SELF, CLIENT))
                .expectEvents(new AccountDetailsChanged(ACCOUNT, "Ada King", null, SELF, CLIENT));
    }

    @Test
    void changeWhenBlankNameThenRefusedAsInvalid() {
        fixture.given(registered(ACCOUNT, Role.EDITOR))
                .when(new ChangeAccountDetails(ACCOUNT, "  ", null, SELF, CLIENT))
                .expectException(Refused.invalid("A display name is required."))
                .expectNoEvents();
    }

    @Test
    void changeWhenNameTooLongThenRefusedAsInvalid() {
        fixture.given(registered(ACCOUNT, Role.EDITOR))
                .when(new ChangeAccountDetails(ACCOUNT, "x".repeat(AccountRegistrationHandler.MAX_NAME + 1), null,
                        SELF, CLIENT))
                .expectException(Refused.invalid("A display name can be at most 100 characters long."))
                .expectNoEvents();
    }

    @Test
    void changeWhenNameHasDirectionOverrideThenRefusedAsInvalid() {
        fixture.given(registered(ACCOUNT, Role.EDITOR))
                .when(new ChangeAccountDetails(ACCOUNT, "Ada\u202Egnik", null, SELF, CLIENT))
                .expectException(Refused.invalid("A display name contains invisible or direction-changing characters."))
                .expectNoEvents();
    }

    @Test
    void changeByAnotherAccountThenRefused() {
        fixture.given(registered(ACCOUNT, Role.EDITOR))
                .when(new ChangeAccountDetails(ACCOUNT, "Ada King", null, ADMIN, CLIENT))
                .expectException(Refused.conflict("Only the account's owner can change the account's details."))
                .expectNoEvents();
    }

    @Test
    void changeWhenAccountCannotSignInThenRefused() {
        fixture.given(unconfirmed(ACCOUNT, Role.EDITOR), new RegistrationExpired(ACCOUNT, Actors.SYSTEM, null))
                .when(new ChangeAccountDetails(ACCOUNT, "Ada King", null, SELF, CLIENT))
                .expectException(Refused.conflict("You cannot change the details of an account that is EXPIRED."))
                .expectNoEvents();
    }
}

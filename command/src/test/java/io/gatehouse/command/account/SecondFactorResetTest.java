package io.gatehouse.command.account;

import io.gatehouse.account.Actors;
import io.gatehouse.account.ResetSecondFactor;
import io.gatehouse.account.Role;
import io.gatehouse.account.SecondFactorEnrolled;
import io.gatehouse.account.SecondFactorReset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.UUID;

import static io.gatehouse.command.account.AccountHistory.ADMIN;
import static io.gatehouse.command.account.AccountHistory.CLIENT;
import static io.gatehouse.command.account.AccountHistory.active;
import static org.assertj.core.api.Assertions.assertThat;

/** An admin removing someone's lost authenticator, so that they can enrol a new one. */
class SecondFactorResetTest {

    private static final UUID ACCOUNT = UUID.fromString("dddddddd-4444-4444-8444-444444444444");
    private static final UUID BYSTANDER = UUID.fromString("eeeeeeee-5555-4555-8555-555555555555");
    private static final String SELF = Actors.of(ACCOUNT);

    private FixtureConfiguration<Account> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Account.class);
    }

    private static Object[] activeAndEnrolled() {
        Object[] active = active(ACCOUNT, Role.EDITOR);
        return new Object[]{active[0], active[1], new SecondFactorEnrolled(ACCOUNT, SELF, CLIENT)};
    }

    @Test
    void resetWhenEnrolledThenResetRecordedWithTrimmedReasonAndActor() {
        fixture.given(activeAndEnrolled())
                .when(new ResetSecondFactor(ACCOUNT, "  Lost phone, identity checked by call.  ", ADMIN, CLIENT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SecondFactorReset(ACCOUNT, "Lost phone, identity checked by call.", ADMIN, CLIENT));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void resetWithoutReasonThenRefused(String reason) {
        fixture.given(activeAndEnrolled())
                .when(new ResetSecondFactor(ACCOUNT, reason, ADMIN, CLIENT))
                .expectException(Refused.invalid("A reason is required to reset the second factor of an account."))
                .expectNoEvents();
    }

    @Test
    void resetWithTooLongReasonThenRefused() {
        fixture.given(activeAndEnrolled())
                .when(new ResetSecondFactor(ACCOUNT, "r".repeat(501), ADMIN, CLIENT))
                .expectException(Refused.invalid("A reason can be at most 500 characters long."))
                .expectNoEvents();
    }

    /** Whoever holds a session could otherwise drop the factor that protects it. */
    @Test
    void resetOwnSecondFactorThenConflict() {
        fixture.given(activeAndEnrolled())
                .when(new ResetSecondFactor(ACCOUNT, "I lost my phone.", SELF, CLIENT))
                .expectException(Refused.conflict("You cannot reset the second factor of your own account."))
                .expectNoEvents();
    }

    @Test
    void resetWhenNotEnrolledThenConflict() {
        fixture.given(active(ACCOUNT, Role.EDITOR))
                .when(new ResetSecondFactor(ACCOUNT, "Lost phone.", ADMIN, CLIENT))
                .expectException(Refused.conflict("This account has no second factor to reset."))
                .expectNoEvents();
    }

    @Test
    void resetWhenResetAlreadyThenConflict() {
        fixture.given(activeAndEnrolled())
                .andGiven(new SecondFactorReset(ACCOUNT, "Lost phone.", ADMIN, CLIENT))
                .when(new ResetSecondFactor(ACCOUNT, "Lost phone again.", ADMIN, CLIENT))
                .expectException(Refused.conflict("This account has no second factor to reset."))
                .expectNoEvents();
    }

    /** The event alone would leave the old secret usable; the remover deletes it, and only that account's. */
    @Test
    void resetRecordedThenSecretAndCodesOfThatAccountRemoved() {
        InMemorySecondFactorStore store = new InMemorySecondFactorStore();
        store.enrol(ACCOUNT, new byte[]{1, 2, 3}, List.of(Tokens.hash("code-1")));
        store.enrol(BYSTANDER, new byte[]{4, 5, 6}, List.of(Tokens.hash("code-2")));

        new SecondFactorRemover(store).on(new SecondFactorReset(ACCOUNT, "Lost phone.", ADMIN, CLIENT));

        assertThat(store.encryptedSecret(ACCOUNT)).isEmpty();
        assertThat(store.recoveryCodesLeft(ACCOUNT)).isZero();
        assertThat(store.holdsSecret(BYSTANDER, new byte[]{4, 5, 6})).isTrue();
        assertThat(store.recoveryCodesLeft(BYSTANDER)).isEqualTo(1);
    }
}

package io.gatehouse.command.account;

import io.gatehouse.account.Actors;
import io.gatehouse.account.EnrolSecondFactor;
import io.gatehouse.account.Role;
import io.gatehouse.account.SecondFactorEnrolled;
import io.gatehouse.account.SecondFactorReset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;

import java.util.List;
import java.util.UUID;

import static io.gatehouse.command.account.AccountHistory.ADMIN;
import static io.gatehouse.command.account.AccountHistory.CLIENT;
import static io.gatehouse.command.account.AccountHistory.active;
import static io.gatehouse.command.account.AccountHistory.unconfirmed;
import static org.assertj.core.api.Assertions.assertThat;

/** Setting up an authenticator app: the secret and recovery codes go to their store, only the fact to the events. */
class SecondFactorEnrolmentTest {

    private static final UUID ACCOUNT = UUID.fromString("cccccccc-3333-4333-8333-333333333333");
    private static final String SELF = Actors.of(ACCOUNT);
    private static final byte[] SECRET = {1, 2, 3, 4, 5, 6, 7, 8};
    private static final List<String> CODES = List.of(Tokens.hash("code-1"), Tokens.hash("code-2"),
            Tokens.hash("code-3"));
    private static final String NEEDS_BOTH = "A second factor needs its secret and its recovery codes.";

    private FixtureConfiguration<Account> fixture;
    private InMemorySecondFactorStore secondFactors;

    @BeforeEach
    void setUp() {
        secondFactors = new InMemorySecondFactorStore();
        fixture = new AggregateTestFixture<>(Account.class);
        fixture.registerInjectableResource(secondFactors);
    }

    private static Object[] enrolled() {
        return new Object[]{new SecondFactorEnrolled(ACCOUNT, SELF, CLIENT)};
    }

    @Test
    void enrolWhenActiveThenSecretAndCodesStoredAndEnrolmentRecorded() {
        fixture.given(active(ACCOUNT, Role.EDITOR))
                .when(new EnrolSecondFactor(ACCOUNT, SECRET, CODES, CLIENT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SecondFactorEnrolled(ACCOUNT, SELF, CLIENT));
        assertThat(secondFactors.holdsSecret(ACCOUNT, SECRET)).isTrue();
        assertThat(secondFactors.recoveryCodesLeft(ACCOUNT)).isEqualTo(3);
        assertThat(secondFactors.useRecoveryCode(ACCOUNT, Tokens.hash("code-2"))).isTrue();
    }

    /** A second enrolment would silently replace the authenticator the owner relies on. */
    @Test
    void enrolWhenEnrolledAlreadyThenConflictAndStoredSecretKept() {
        byte[] current = {9, 9, 9};
        secondFactors.enrol(ACCOUNT, current, List.of(Tokens.hash("old-code")));
        fixture.given(active(ACCOUNT, Role.EDITOR))
                .andGiven(enrolled())
                .when(new EnrolSecondFactor(ACCOUNT, SECRET, CODES, CLIENT))
                .expectException(Refused.conflict("This account already has a second factor."))
                .expectNoEvents();
        assertThat(secondFactors.holdsSecret(ACCOUNT, current)).isTrue();
        assertThat(secondFactors.recoveryCodesLeft(ACCOUNT)).isEqualTo(1);
    }

    @Test
    void enrolAfterResetThenEnrolledAgain() {
        fixture.given(active(ACCOUNT, Role.EDITOR))
                .andGiven(enrolled())
                .andGiven(new SecondFactorReset(ACCOUNT, "Lost phone.", ADMIN, CLIENT))
                .when(new EnrolSecondFactor(ACCOUNT, SECRET, CODES, CLIENT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SecondFactorEnrolled(ACCOUNT, SELF, CLIENT));
        assertThat(secondFactors.holdsSecret(ACCOUNT, SECRET)).isTrue();
    }

    @Test
    void enrolWithoutSecretThenRefusedAndNothingStored() {
        fixture.given(active(ACCOUNT, Role.EDITOR))
                .when(new EnrolSecondFactor(ACCOUNT, null, CODES, CLIENT))
                .expectException(Refused.invalid(NEEDS_BOTH))
                .expectNoEvents();
        assertThat(secondFactors.isEmpty()).isTrue();
    }

    @Test
    void enrolWithEmptySecretThenRefusedAndNothingStored() {
        fixture.given(active(ACCOUNT, Role.EDITOR))
                .when(new EnrolSecondFactor(ACCOUNT, new byte[0], CODES, CLIENT))
                .expectException(Refused.invalid(NEEDS_BOTH))
                .expectNoEvents();
        assertThat(secondFactors.isEmpty()).isTrue();
    }

    /** Without recovery codes a lost phone locks the owner out for good. */
    @ParameterizedTest
    @NullAndEmptySource
    void enrolWithoutRecoveryCodesThenRefusedAndNothingStored(List<String> codes) {
        fixture.given(active(ACCOUNT, Role.EDITOR))
                .when(new EnrolSecondFactor(ACCOUNT, SECRET, codes, CLIENT))
                .expectException(Refused.invalid(NEEDS_BOTH))
                .expectNoEvents();
        assertThat(secondFactors.isEmpty()).isTrue();
    }

    @Test
    void enrolWhenUnverifiedThenConflictAndNothingStored() {
        fixture.given(unconfirmed(ACCOUNT, Role.EDITOR))
                .when(new EnrolSecondFactor(ACCOUNT, SECRET, CODES, CLIENT))
                .expectException(Refused.conflict(
                        "You cannot set up a second factor for an account that is UNVERIFIED."))
                .expectNoEvents();
        assertThat(secondFactors.isEmpty()).isTrue();
    }

    /** The secret must never reach a log line through the command's text. */
    @Test
    void enrolCommandTextThenLeavesSecretAndCodesOut() {
        String text = new EnrolSecondFactor(ACCOUNT, SECRET, CODES, CLIENT).toString();

        assertThat(text).doesNotContain(CODES.get(0)).doesNotContain("[B@");
    }
}

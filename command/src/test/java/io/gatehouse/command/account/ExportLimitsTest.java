package io.gatehouse.command.account;

import io.gatehouse.account.ClearExportLimits;
import io.gatehouse.account.ExportLimits;
import io.gatehouse.account.ExportLimitsCleared;
import io.gatehouse.account.ExportLimitsSet;
import io.gatehouse.account.Role;
import io.gatehouse.account.SetExportLimits;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.gatehouse.command.account.AccountHistory.ADMIN;
import static io.gatehouse.command.account.AccountHistory.CLIENT;
import static io.gatehouse.command.account.AccountHistory.active;
import static io.gatehouse.command.account.AccountHistory.registered;

/** An admin gives one account export limits of its own, with a reason, and takes them back. */
class ExportLimitsTest {

    private static final UUID ACCOUNT = UUID.fromString("11111111-1111-1111-1111-111111111111");
    private static final ExportLimits GENEROUS = new ExportLimits(20, 500, 2);

    private FixtureConfiguration<Account> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Account.class);
    }

    @Test
    void setWithAReasonThenSet() {
        fixture.given(active(ACCOUNT, Role.SPONSOR))
                .when(new SetExportLimits(ACCOUNT, GENEROUS, " Quarterly report run. ", ADMIN, CLIENT))
                .expectEvents(new ExportLimitsSet(ACCOUNT, 20, 500, 2, "Quarterly report run.", ADMIN, CLIENT));
    }

    @Test
    void setWithoutAReasonThenRefused() {
        fixture.given(active(ACCOUNT, Role.SPONSOR))
                .when(new SetExportLimits(ACCOUNT, GENEROUS, " ", ADMIN, CLIENT))
                .expectException(Refused.invalid("A reason is required to set the export limits of an account."));
    }

    @Test
    void setWithFewerPerDayThanPerMinuteThenRefused() {
        fixture.given(active(ACCOUNT, Role.SPONSOR))
                .when(new SetExportLimits(ACCOUNT, new ExportLimits(10, 5, 1), "Why not.", ADMIN, CLIENT))
                .expectException(Refused.invalid(
                        "Exports per day must be at least the number per minute and at most 100000."));
    }

    @Test
    void setTheSameLimitsAgainThenRefusedAsNothingChanges() {
        fixture.given(active(ACCOUNT, Role.SPONSOR))
                .andGivenCommands(new SetExportLimits(ACCOUNT, GENEROUS, "Run.", ADMIN, CLIENT))
                .when(new SetExportLimits(ACCOUNT, GENEROUS, "Again.", ADMIN, CLIENT))
                .expectException(Refused.conflict("The account already has these export limits."));
    }

    @Test
    void setOnAPendingAccountThenRefused() {
        fixture.given(registered(ACCOUNT, Role.SPONSOR))
                .when(new SetExportLimits(ACCOUNT, GENEROUS, "Run.", ADMIN, CLIENT))
                .expectNoEvents();
    }

    @Test
    void clearAfterSetThenCleared() {
        fixture.given(active(ACCOUNT, Role.SPONSOR))
                .andGivenCommands(new SetExportLimits(ACCOUNT, GENEROUS, "Run.", ADMIN, CLIENT))
                .when(new ClearExportLimits(ACCOUNT, "Run over.", ADMIN, CLIENT))
                .expectEvents(new ExportLimitsCleared(ACCOUNT, "Run over.", ADMIN, CLIENT));
    }

    @Test
    void clearWithoutLimitsOfItsOwnThenRefused() {
        fixture.given(active(ACCOUNT, Role.SPONSOR))
                .when(new ClearExportLimits(ACCOUNT, "Run over.", ADMIN, CLIENT))
                .expectException(Refused.conflict("The account has no export limits of its own to clear."));
    }
}

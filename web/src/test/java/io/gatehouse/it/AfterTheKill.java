package io.gatehouse.it;

import io.gatehouse.account.AccountEvent;
import io.gatehouse.account.AccountReinstated;
import io.gatehouse.account.AccountState;
import io.gatehouse.account.AccountSuspended;
import io.gatehouse.it.Burst.Act;
import io.gatehouse.query.replay.ProjectionReplayer;
import io.gatehouse.web.projections.CatchUp;
import io.gatehouse.web.projections.ProjectionReplays;
import io.gatehouse.web.projections.ReadModels;
import io.gatehouse.web.record.IntegrityCheck;
import org.awaitility.Awaitility;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.Message;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What must hold on an app restarted after a burst was killed: read from its event store and its tables
 * through its own beans, so that each check states what the store and each read model hold, not what a page shows.
 */
final class AfterTheKill {

    private static final Duration CATCH_UP = Duration.ofSeconds(60);

    private final App app;
    private final JdbcTemplate jdbc;
    private final Burst.Outcome burst;

    AfterTheKill(App app, Burst.Outcome burst) {
        this.app = app;
        this.burst = burst;
        this.jdbc = app.bean(JdbcTemplate.class);
    }

    /**
     * Each account's suspensions and reinstatements in the store are exactly the acts acknowledged on it, in
     * order, followed by the act still in flight at the kill if that one was done: none lost, none made up.
     * Returns how many of the acts in flight were done.
     */
    long everyAcknowledgedActIsStored() {
        long inFlightDone = 0;
        for (var entry : burst.acknowledged().entrySet()) {
            UUID account = entry.getKey();
            String acknowledged = Act.letters(entry.getValue());
            Act inFlight = burst.inFlight().get(account);
            String stored = Act.letters(storedActs(account));
            assertThat(stored).as("acts stored for %s (S suspend, R reinstate), %d acknowledged, in flight: %s",
                    account, acknowledged.length(), inFlight)
                    .isIn(acknowledged, inFlight == null ? acknowledged : acknowledged + Act.letters(List.of(inFlight)));
            inFlightDone += stored.length() - acknowledged.length();
        }
        return inFlightDone;
    }

    /** The per-request security check's directory and the commands' look-up both hold the state the store folds to. */
    void subscribingReadModelsHoldTheStatesTheStoreFoldsTo() {
        for (UUID account : burst.acknowledged().keySet()) {
            String folded = events(account).stream().map(AccountEvent.class::cast)
                    .reduce(AccountState.none(), AccountState::after, (a, b) -> b).status().name();
            assertThat(jdbc.queryForObject("select status from account_view where account_id = ?", String.class,
                    account)).as("account_view.status of %s", account).isEqualTo(folded);
            assertThat(jdbc.queryForObject("select status from cmd_account_lookup where account_id = ?",
                    String.class, account)).as("cmd_account_lookup.status of %s", account).isEqualTo(folded);
        }
    }

    /** Once the audit trail has caught up with the store it has one row for each stored event, and no other. */
    void auditTrailHasARowForEveryStoredEvent() {
        awaitCaughtUp(ReadModels.AUDIT_TRAIL);
        assertThat(jdbc.queryForList("select d.event_identifier from domain_event_entry d where not exists"
                + " (select 1 from audit_entry a where a.event_id = d.event_identifier)", String.class))
                .as("stored events with no audit entry").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class))
                .as("audit entries, one per stored event")
                .isEqualTo(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class));
    }

    /** Rebuilding every read model from the store gives back the very rows the live processing left. */
    void fullReplayGivesTheSameRows() {
        awaitCaughtUp(ReadModels.DOCUMENTS);
        awaitCaughtUp(ReadModels.AUDIT_TRAIL);
        ReadModelRows before = ReadModelRows.of(jdbc);
        for (ReadModels.ReadModel model : ReadModels.all()) {
            if (model.kind() == ReadModels.Kind.SUBSCRIBING) {
                app.bean(ProjectionReplayer.class).rebuild(model.name());
            } else {
                app.bean(ProjectionReplays.class).start(model, "kill-during-burst-test");
                awaitCaughtUp(model.name());
            }
        }
        assertThat(before.differencesFrom(ReadModelRows.of(jdbc))).as("read model rows changed by a full replay")
                .isEmpty();
        assertThat(before.rowCount()).as("rows compared").isGreaterThan(burst.acknowledgedCount());
    }

    /** The hash chain over the store still verifies: the kill left no event half-sealed or out of order. */
    void recordIsIntact() {
        IntegrityCheck.Report report = app.bean(IntegrityCheck.class).run();
        assertThat(report.finding()).as("the integrity check's finding").isEmpty();
    }

    private void awaitCaughtUp(String processor) {
        Awaitility.await().atMost(CATCH_UP).pollInterval(Duration.ofMillis(100))
                .until(() -> app.bean(CatchUp.class).isCaughtUp(processor));
    }

    private List<Act> storedActs(UUID account) {
        return events(account).stream()
                .filter(e -> e instanceof AccountSuspended || e instanceof AccountReinstated)
                .map(e -> e instanceof AccountSuspended ? Act.SUSPEND : Act.REINSTATE).toList();
    }

    private List<Object> events(UUID account) {
        return app.bean(EventStorageEngine.class).readEvents(account.toString()).asStream()
                .map(Message::getPayload).map(Object.class::cast).toList();
    }
}

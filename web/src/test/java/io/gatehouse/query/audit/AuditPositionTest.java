package io.gatehouse.query.audit;

import io.gatehouse.account.Role;
import io.gatehouse.account.SuspendAccount;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario.Person;
import org.awaitility.Awaitility;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail gives each event its own place in the store's global order, also when transactions commit out
 * of order, as concurrent acts do: the audit-trail processor then meets the earlier event as a gap it fills later,
 * with a tracking token at the later event's position. A replay, which meets them in order, must give the same.
 */
class AuditPositionTest extends IntegrationTest {

    @Autowired
    private CommandGateway commands;
    @Autowired
    private PlatformTransactionManager transactionManager;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void anEventCommittedAfterALaterOneIsRecordedAtItsOwnGlobalPosition() throws Exception {
        Person heldBack = scenario().active(Role.EDITOR);
        Person committedFirst = scenario().active(Role.EDITOR);
        String admin = scenario().accountIdOf(ADMIN_EMAIL).toString();
        CountDownLatch stored = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);

        // The first suspension is stored (its position drawn) in a transaction that stays open...
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> new TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> {
                    commands.sendAndWait(new SuspendAccount(heldBack.id(), "stored first, committed last", admin,
                            null));
                    stored.countDown();
                    await(commit);
                }));
        try {
            assertThat(stored.await(30, TimeUnit.SECONDS)).isTrue();
            // ...while a second one is stored and committed, and the audit trail records it.
            scenario().adminAct(committedFirst.id(), "suspend", Map.of("reason", "committed first")).assertStatus(303);
            awaitAuditOf(committedFirst.id());
        } finally {
            commit.countDown();
        }
        first.get(30, TimeUnit.SECONDS);
        awaitAuditOf(heldBack.id());

        for (UUID account : new UUID[] {heldBack.id(), committedFirst.id()}) {
            Map<String, Object> positions = jdbc.queryForMap("select a.global_position, d.global_index"
                    + " from audit_entry a join domain_event_entry d on d.event_identifier = a.event_id"
                    + " where a.subject_id = ? and a.event_type = 'AccountSuspended'", account);
            assertThat(positions.get("global_position")).as("the audit position of %s's suspension", account)
                    .isEqualTo(positions.get("global_index"));
        }
        assertThat(jdbc.queryForObject("select d.global_index from domain_event_entry d join audit_entry a"
                + " on a.event_id = d.event_identifier where a.subject_id = ? and a.event_type = 'AccountSuspended'",
                Long.class, heldBack.id())).as("the held-back suspension was stored first")
                .isLessThan(jdbc.queryForObject("select global_position from audit_entry where subject_id = ?"
                        + " and event_type = 'AccountSuspended'", Long.class, committedFirst.id()));
    }

    private void awaitAuditOf(UUID account) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from audit_entry where subject_id = ? and event_type = 'AccountSuspended'",
                Long.class, account) == 1);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The test never let the held-open transaction commit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

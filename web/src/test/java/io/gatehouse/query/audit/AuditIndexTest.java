package io.gatehouse.query.audit;

import io.gatehouse.it.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every filter /audit offers is answered through its own index, on a trail big enough that the planner would
 * rather scan if it could. The rows are made and the plans read in one transaction that is rolled back.
 */
class AuditIndexTest extends IntegrationTest {

    private static final int ROWS = 30_000;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private PlatformTransactionManager transactions;

    @Test
    void eachOfferedFilterIsServedByAnIndex() {
        UUID account = UUID.randomUUID();
        Map<String, AuditFilter> filters = Map.of(
                "audit_entry_subject", new AuditFilter(account.toString(), null, null, null, null, null),
                "audit_entry_actor", new AuditFilter(null, account.toString(), null, null, null, null),
                "audit_entry_type", new AuditFilter(null, null, "RoleRevoked", null, null, null),
                "audit_entry_occurred", new AuditFilter(null, null, null, Instant.parse("2001-01-01T00:00:00Z"),
                        Instant.parse("2001-01-02T00:00:00Z"), null),
                "audit_entry_correlation", new AuditFilter(null, null, null, null, null, "act-17"));
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            jdbc.update("""
                    insert into audit_entry (event_id, subject_type, subject_id, event_type, action, actor_id,
                        occurred_at, correlation_id, trace_id)
                    select 'synthetic-' || g, 'ACCOUNT', case when g % 1000 = 0 then ?::uuid else gen_random_uuid() end,
                           case when g % 500 = 0 then 'RoleRevoked' else 'SignedIn' end,
                           'x', case when g % 1000 = 0 then ? else 'anonymous' end,
                           timestamp with time zone '2000-01-01 00:00:00+00' + g * interval '1 minute',
                           'act-' || (g / 3), 'act-' || (g / 3)
                    from generate_series(1, ?) g""", account, account.toString(), ROWS);
            jdbc.execute("analyze audit_entry");
            filters.forEach((index, filter) -> {
                assertThat(plan(filter, null)).as("plan for %s", filter).contains(index).doesNotContain("Seq Scan on audit_entry");
                assertThat(plan(filter, new AuditCursor(Instant.parse("2000-01-10T00:00:00Z"), 1)))
                        .as("plan for an older page of %s", filter).contains(index)
                        .doesNotContain("Seq Scan on audit_entry");
            });
            assertThat(plan(AuditFilter.none(), null)).contains("audit_entry_occurred");
            tx.setRollbackOnly();
        });
    }

    private String plan(AuditFilter filter, AuditCursor cursor) {
        List<Object> params = new ArrayList<>();
        String sql = new AuditQuery(filter, jdbc).sql(cursor, true, AuditTrail.PAGE_SIZE + 1, params);
        return String.join("\n", jdbc.queryForList("explain " + sql, String.class, params.toArray()));
    }
}

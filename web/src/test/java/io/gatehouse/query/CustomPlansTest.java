package io.gatehouse.query;

import io.gatehouse.it.IntegrationTest;
import io.gatehouse.query.account.AccountDirectory;
import io.gatehouse.query.audit.AuditFilter;
import io.gatehouse.query.audit.AuditTrail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filtered lists (the admin directory, the audit trail) run with plans made for their values: a generic plan
 * of "contains ?" or "type = ?" walks the whole list for a rare value (see CustomPlans, and bench/scale.sh for
 * what it cost). The setting is the transaction's own and ends with it.
 */
class CustomPlansTest extends IntegrationTest {

    @Autowired
    private AccountDirectory directory;
    @Autowired
    private AuditTrail trail;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private PlatformTransactionManager transactions;

    @Test
    void directorySearchAndAuditTrailArePlannedForTheirValues() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            assertThat(planCacheMode()).isEqualTo("auto");
            directory.findAccounts(null, "nobody-by-this-name", 0);
            assertThat(planCacheMode()).isEqualTo("force_custom_plan");
        });
        tx.executeWithoutResult(status -> {
            assertThat(planCacheMode()).as("a new transaction").isEqualTo("auto");
            trail.findEntries(new AuditFilter(null, null, "RoleRevoked", null, null, null), null, null);
            assertThat(planCacheMode()).isEqualTo("force_custom_plan");
        });
        tx.executeWithoutResult(status -> assertThat(planCacheMode()).isEqualTo("auto"));
    }

    private String planCacheMode() {
        return jdbc.queryForObject("select current_setting('plan_cache_mode')", String.class);
    }
}

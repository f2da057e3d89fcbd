package io.gatehouse.query;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Plans made for the values at hand. PostgreSQL plans a prepared statement (the JDBC driver prepares one that runs
 * often) once for any values after a few runs, from average selectivities: for "name contains ?" and "type = ?" that
 * generic plan walks the list's order and filters, which is right for a common value and reads the whole table
 * for a rare one (measured: 150 ms at 50,000 accounts, seconds at a million). The filtered lists ask for a plan
 * per execution instead, which costs well under a millisecond of planning.
 */
public final class CustomPlans {

    private CustomPlans() {
    }

    /** For the rest of the current transaction, which must be running (SET LOCAL means nothing outside one). */
    public static void forThisTransaction(JdbcTemplate jdbc) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("custom plans are set per transaction; none is running");
        }
        jdbc.execute("set local plan_cache_mode = force_custom_plan");
    }
}

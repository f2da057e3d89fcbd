package io.gatehouse.query.replay;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A PostgreSQL advisory lock per processing group, held to the end of the transaction. Live handlers take
 * it shared before they touch their rows; a rebuild takes it exclusively. So a command waits while its read
 * model is rebuilt and then applies its event to the rebuilt rows, instead of updating a row the rebuild has
 * just deleted. Readers take nothing and keep seeing the old rows until the rebuild commits.
 */
@Component
public class RebuildLock {

    private final JdbcTemplate jdbc;

    RebuildLock(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** For a live handler: waits only while a rebuild of the group is running. */
    public void shared(String processingGroup) {
        jdbc.queryForList("select pg_advisory_xact_lock_shared(hashtext(?))", "projection:" + processingGroup);
    }

    /** For a rebuild: waits for the commands in flight, then keeps new ones out of the group's rows. */
    public void exclusive(String processingGroup) {
        jdbc.queryForList("select pg_advisory_xact_lock(hashtext(?))", "projection:" + processingGroup);
    }
}

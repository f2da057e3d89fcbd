package io.gatehouse.web.record;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A position still empty below committed events: its sequence value was drawn by a transaction that has not
 * committed yet (the sealer must wait for it, or it would seal the later events first and then be unable to
 * place this one), or by one that rolled back (the position stays empty for good). Which one is decided
 * without a timeout: the value was drawn before the later row was committed, so its transaction was already
 * running when the gap was first seen. Every PostgreSQL transaction holds a lock on its own virtual
 * transaction id from its start, whether or not it has written anything yet (a transaction that has only
 * drawn a sequence value may not have a real xid, so the snapshot's xmin/xmax alone would not see it). Once
 * none of the virtual transactions running at that moment runs any more, the position is empty for good.
 */
final class Gap {

    private final JdbcTemplate jdbc;

    Gap(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Notes the transactions running now, other than the sealer's own, as those that may fill [at, until). */
    void watch(long at, long until) {
        jdbc.update("update event_chain_state set gap_at = ?, gap_until = ?, gap_waits_for = (select"
                + " coalesce(array_agg(virtualxid), '{}') from pg_locks where locktype = 'virtualxid' and granted"
                + " and pid <> pg_backend_pid()) where id = 1", at, until);
    }

    /** True once none of the transactions noted by {@link #watch} is still running. */
    boolean settled() {
        return Boolean.TRUE.equals(jdbc.queryForObject("select not exists (select 1 from pg_locks l, event_chain_state s"
                + " where s.id = 1 and l.locktype = 'virtualxid' and l.virtualxid = any (s.gap_waits_for))", Boolean.class));
    }
}

package io.gatehouse.web.config;

import io.gatehouse.it.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A page view that only moves the session's last access writes its row at most once a minute. */
class SessionLastAccessTest extends IntegrationTest {

    private static final String UPDATE = SessionStoreConfiguration.UPDATE_SESSION.replace("%TABLE_NAME%", "spring_session");
    private static final long MINUTE = SessionStoreConfiguration.LAST_ACCESS_GRANULARITY.toMillis();

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void onlyTheLastAccessMovedByLessThanAMinuteThenTheRowIsLeftAlone() {
        String id = session(1_000_000, "someone@example.org");

        assertThat(update(id, id, 1_000_000 + MINUTE - 1, 1800, "someone@example.org")).isZero();
        assertThat(lastAccess(id)).isEqualTo(1_000_000);
        assertThat(update(id, id, 1_000_000 + MINUTE, 1800, "someone@example.org")).isOne();
        assertThat(lastAccess(id)).isEqualTo(1_000_000 + MINUTE);
    }

    @Test
    void aNewSessionIdAPrincipalOrATimeoutIsWrittenAtOnce() {
        String id = session(2_000_000, null);
        String renewed = UUID.randomUUID().toString();

        assertThat(update(id, id, 2_000_001, 1800, "signed-in@example.org")).isOne();
        assertThat(update(id, renewed, 2_000_002, 1800, "signed-in@example.org")).isOne();
        assertThat(update(id, renewed, 2_000_003, 60, "signed-in@example.org")).isOne();
        assertThat(jdbc.queryForObject("select session_id from spring_session where primary_id = ?", String.class, id))
                .isEqualTo(renewed);
    }

    private String session(long lastAccess, String principal) {
        String id = UUID.randomUUID().toString();
        jdbc.update("insert into spring_session (primary_id, session_id, creation_time, last_access_time,"
                + " max_inactive_interval, expiry_time, principal_name) values (?, ?, ?, ?, 1800, ?, ?)",
                id, id, lastAccess, lastAccess, lastAccess + 1_800_000, principal);
        return id;
    }

    private int update(String primaryId, String sessionId, long lastAccess, int maxInactive, String principal) {
        return jdbc.update(UPDATE, sessionId, lastAccess, maxInactive, lastAccess + maxInactive * 1000L, principal,
                primaryId);
    }

    private long lastAccess(String id) {
        return jdbc.queryForObject("select last_access_time from spring_session where primary_id = ?", Long.class, id);
    }
}

package io.gatehouse.web.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

import java.time.Duration;

/**
 * How sessions are kept in PostgreSQL. Session attributes are written with PostgreSQL's upsert: two requests of
 * one session that both add an attribute (a flash message after two quick acts) would otherwise both insert its
 * row, and the second would fail on the primary key.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    static final Duration LAST_ACCESS_GRANULARITY = Duration.ofMinutes(1);

    /** Spring Session's update, with the same six parameters, that leaves the row alone (see below). */
    static final String UPDATE_SESSION = """
                UPDATE %TABLE_NAME% s
                SET SESSION_ID = v.session_id, LAST_ACCESS_TIME = v.last_access_time,
                    MAX_INACTIVE_INTERVAL = v.max_inactive_interval, EXPIRY_TIME = v.expiry_time,
                    PRINCIPAL_NAME = v.principal_name
                FROM (VALUES (?, ?::bigint, ?::int, ?::bigint, ?, ?))
                    AS v(session_id, last_access_time, max_inactive_interval, expiry_time, principal_name, primary_id)
                WHERE s.PRIMARY_ID = v.primary_id
                  AND (s.SESSION_ID <> v.session_id OR s.MAX_INACTIVE_INTERVAL <> v.max_inactive_interval
                       OR s.PRINCIPAL_NAME IS DISTINCT FROM v.principal_name
                       OR v.last_access_time - s.LAST_ACCESS_TIME >= """ + LAST_ACCESS_GRANULARITY.toMillis() + ")";

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /**
     * Spring Session moves a session's last-access time on every request and so writes the row on every page: a
     * committed, flushed write per page view, where the page itself only reads. Here the row is written when
     * anything else about it changed, or when its last access moved by a minute or more; otherwise the update
     * matches no row. The idle timeout is then kept to within a minute, instead of to the millisecond.
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> lastAccessWrittenAtMostEveryMinute() {
        return repository -> repository.setUpdateSessionQuery(UPDATE_SESSION);
    }
}

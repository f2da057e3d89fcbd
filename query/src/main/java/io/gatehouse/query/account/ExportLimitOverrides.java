package io.gatehouse.query.account;

import io.gatehouse.account.ExportLimits;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads the admins' export limit overrides; current with every command (a subscribing read model). */
@Component
public class ExportLimitOverrides {

    private static final String COLUMNS = "account_id, per_minute, per_day, at_once, reason, changed_by, changed_at";

    private final JdbcClient jdbc;

    ExportLimitOverrides(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account's last override change, in force or cleared; empty if no admin ever set one. */
    public Optional<ExportLimitOverride> of(UUID accountId) {
        return jdbc.sql("select " + COLUMNS + " from export_limit_override where account_id = ?").param(accountId)
                .query(ExportLimitOverrides::row).optional();
    }

    /** The overrides in force, newest first. */
    public List<ExportLimitOverride> inForce() {
        return jdbc.sql("select " + COLUMNS + " from export_limit_override where per_minute is not null "
                + "order by changed_at desc, account_id").query(ExportLimitOverrides::row).list();
    }

    private static ExportLimitOverride row(ResultSet rs, int rowNum) throws SQLException {
        int perMinute = rs.getInt("per_minute");
        ExportLimits limits = rs.wasNull() ? null
                : new ExportLimits(perMinute, rs.getInt("per_day"), rs.getInt("at_once"));
        return new ExportLimitOverride(rs.getObject("account_id", UUID.class), limits, rs.getString("reason"),
                rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant());
    }
}

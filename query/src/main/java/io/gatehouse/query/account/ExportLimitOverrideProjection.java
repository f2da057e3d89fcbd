package io.gatehouse.query.account;

import io.gatehouse.account.AccountErased;
import io.gatehouse.account.ExportLimitsCleared;
import io.gatehouse.account.ExportLimitsSet;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

/**
 * Builds {@link ExportLimitOverrides} with the directory, in the command's transaction: an admin's new
 * limits apply to the account's very next export, on every instance. A cleared override keeps its row
 * (no limits, the reason and time of clearing), so the change is still the newest a limiter has seen.
 */
@Component
@ProcessingGroup(AccountProjection.PROCESSING_GROUP)
class ExportLimitOverrideProjection {

    private final JdbcClient jdbc;

    ExportLimitOverrideProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ExportLimitsSet event, @Timestamp Instant at) {
        upsert(event.accountId(), event.perMinute(), event.perDay(), event.atOnce(), event.reason(), event.actorId(), at);
    }

    @EventHandler
    void on(ExportLimitsCleared event, @Timestamp Instant at) {
        upsert(event.accountId(), null, null, null, event.reason(), event.actorId(), at);
    }

    @EventHandler
    void on(AccountErased event) {
        jdbc.sql("delete from export_limit_override where account_id = ?").param(event.accountId()).update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("delete from export_limit_override").update();
    }

    private void upsert(UUID account, Integer perMinute, Integer perDay, Integer atOnce, String reason, String by,
                        Instant at) {
        jdbc.sql("""
                        insert into export_limit_override (account_id, per_minute, per_day, at_once, reason, changed_by, changed_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (account_id) do update set per_minute = excluded.per_minute,
                            per_day = excluded.per_day, at_once = excluded.at_once, reason = excluded.reason,
                            changed_by = excluded.changed_by, changed_at = excluded.changed_at""")
                .params(account, perMinute, perDay, atOnce, reason, by, java.sql.Timestamp.from(at)).update();
    }
}

package io.gatehouse.query.audit;

import io.gatehouse.account.AccountEvent;
import io.gatehouse.account.AccountState;
import io.gatehouse.account.AccountStatus;
import io.gatehouse.account.Role;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Periods in which each account held each role, and in which it was in each state: [from, until), until null
 * while it lasts. Each account event is put through the account fold and the difference recorded. An
 * account's events arrive in order (one segment per aggregate), and one already applied (its sequence number
 * is not past the last one) is skipped, so a redelivery changes nothing.
 */
@Component
@ProcessingGroup(AuditProjection.PROCESSING_GROUP)
class RoleTenureProjection {

    private final JdbcTemplate jdbc;

    RoleTenureProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AccountEvent event, @SequenceNumber Long sequence, @Timestamp Instant at) {
        UUID account = event.accountId();
        Fold prior = jdbc.query("select last_sequence, status, roles from audit_account_fold where account_id = ?",
                rs -> rs.next() ? new Fold(rs.getLong(1), rs.getString(2), rs.getString(3)) : null, account);
        if (prior != null && sequence <= prior.lastSequence) {
            return;
        }
        AccountState before = prior == null ? AccountState.none() : prior.state();
        AccountState after = before.after(event);
        TenureDiff diff = TenureDiff.between(before, after);
        var time = EventFacts.time(at);
        if (diff.newStatus() != null) {
            jdbc.update("update audit_status_period set until = ? where account_id = ? and until is null", time, account);
            jdbc.update("insert into audit_status_period (account_id, from_sequence, status, since) values (?, ?, ?, ?)",
                    account, sequence, diff.newStatus().name(), time);
        }
        for (Role role : diff.gained()) {
            jdbc.update("insert into audit_role_tenure (account_id, role, from_sequence, held_from) values (?, ?, ?, ?)",
                    account, role.name(), sequence, time);
        }
        for (Role role : diff.lost()) {
            jdbc.update("update audit_role_tenure set held_until = ? where account_id = ? and role = ?"
                    + " and held_until is null", time, account, role.name());
        }
        jdbc.update("""
                insert into audit_account_fold (account_id, last_sequence, status, roles) values (?, ?, ?, ?)
                on conflict (account_id) do update set last_sequence = excluded.last_sequence,
                    status = excluded.status, roles = excluded.roles""",
                account, sequence, after.status() == null ? null : after.status().name(),
                after.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")));
    }

    @ResetHandler
    void reset() {
        jdbc.execute("truncate table audit_account_fold, audit_role_tenure, audit_status_period");
    }

    /** The part of the fold that tenures depend on: status and roles. */
    private record Fold(long lastSequence, String status, String roles) {

        AccountState state() {
            Set<Role> held = EnumSet.noneOf(Role.class);
            Arrays.stream(roles.split(",")).filter(r -> !r.isEmpty()).map(Role::valueOf).forEach(held::add);
            return new AccountState(null, null, null, status == null ? null : AccountStatus.valueOf(status), null, held,
                    null, false);
        }
    }
}

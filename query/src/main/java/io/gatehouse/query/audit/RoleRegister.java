package io.gatehouse.query.audit;

import io.gatehouse.account.AccountStatus;
import io.gatehouse.account.Role;
import io.gatehouse.personal.Erased;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Answers "who held this role at that instant" from the role tenures the audit trail records. */
@Service
public class RoleRegister {

    private static final String HOLDERS = "select t.account_id, t.held_from, " + AuditQuery.labelOf("l")
            + " as email, coalesce(l.display_name, '" + Erased.LABEL + "') as display_name," + """
                   (select s.status from audit_status_period s
                     where s.account_id = t.account_id and s.since <= ? and (s.until is null or s.until > ?)
                     order by s.since desc, s.from_sequence desc limit 1) as status
            from audit_role_tenure t
            left join audit_account_label l on l.account_id = t.account_id
            where t.role = ? and t.held_from <= ? and (t.held_until is null or t.held_until > ?)
            order by t.held_from, t.account_id""";

    private final JdbcTemplate jdbc;

    RoleRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<RoleHolder> holders(Role role, Instant at) {
        var time = EventFacts.time(at);
        return jdbc.query(HOLDERS, (rs, row) -> {
            String status = rs.getString("status");
            return new RoleHolder(rs.getObject("account_id", UUID.class), rs.getString("email"),
                    rs.getString("display_name"), rs.getObject("held_from", OffsetDateTime.class).toInstant(),
                    status == null ? null : AccountStatus.valueOf(status));
        }, time, time, role.name(), time, time);
    }
}

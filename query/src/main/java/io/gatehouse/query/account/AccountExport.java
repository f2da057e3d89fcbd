package io.gatehouse.query.account;

import io.gatehouse.account.AccountStatus;
import io.gatehouse.account.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The account directory's filters as a download: every matching account, in the list's order (newest first),
 * read by keyset in batches so a long directory streams instead of filling memory.
 */
@Service
public class AccountExport {

    static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final int batch;

    @Autowired
    AccountExport(JdbcTemplate jdbc) {
        this(jdbc, BATCH);
    }

    /** With a small batch, a test reaches the keyset's edges (ties on the sign-up time) with a few accounts. */
    AccountExport(JdbcTemplate jdbc, int batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Each account matching the filters of {@link AccountDirectory#findAccounts}, handed over one by one. */
    public void forEachAccount(AccountStatus status, String text, Consumer<Line> sink) {
        Line last = null;
        List<Line> rows;
        do {
            rows = after(status, text, last, batch);
            rows.forEach(sink);
            if (!rows.isEmpty()) {
                last = rows.get(rows.size() - 1);
            }
        } while (rows.size() == batch);
    }

    /**
     * Up to {@code limit} accounts matching the filters, in the list's order, just after {@code last} (from the
     * start for null): a keyset page that stays right while accounts are added, however deep it goes.
     */
    public List<Line> after(AccountStatus status, String text, Line last, int limit) {
        Set<AccountStatus> statuses = AccountDirectory.statuses(status);
        String like = AccountDirectory.likePattern(text);
        String sql = """
                select a.account_id, a.email, a.display_name, a.organization, a.status, a.requested_role,
                    a.registered_at, a.status_changed_at,
                    array_to_string(array(select r.role from account_view_role r where r.account_id = a.account_id), ',')
                        as roles
                from account_view a
                where a.status in (%s)
                  and (? = '' or lower(a.email) like ? escape '\\' or lower(a.display_name) like ? escape '\\')
                  and (cast(? as timestamptz) is null or a.registered_at < ?
                       or (a.registered_at = ? and a.account_id > ?))
                order by a.registered_at desc, a.account_id asc
                limit %d""".formatted(String.join(", ", Collections.nCopies(statuses.size(), "?")), limit);
        OffsetDateTime afterTime = last == null ? null : last.registeredAtExact();
        UUID afterId = last == null ? null : last.accountId();
        List<Object> args = new ArrayList<>(statuses.stream().map(Enum::name).toList());
        args.addAll(Arrays.asList(like, like, like, afterTime, afterTime, afterTime, afterId));
        return jdbc.query(sql, AccountExport::line, args.toArray());
    }

    /** The place in the list just after this account: for a cursor the next page starts from. */
    public static Line position(OffsetDateTime registeredAtExact, UUID accountId) {
        return new Line(accountId, null, null, null, null, null, Set.of(), registeredAtExact, null);
    }

    private static Line line(ResultSet row, int n) throws SQLException {
        String roles = row.getString("roles");
        Set<Role> held = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class)
                : Arrays.stream(roles.split(",")).map(Role::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return new Line(row.getObject("account_id", UUID.class), row.getString("email"), row.getString("display_name"),
                row.getString("organization"), AccountStatus.valueOf(row.getString("status")),
                Role.valueOf(row.getString("requested_role")), Collections.unmodifiableSet(held),
                row.getObject("registered_at", OffsetDateTime.class),
                row.getObject("status_changed_at", OffsetDateTime.class).toInstant());
    }

    /** One account as the download lists it; e-mail, name and organization are null once it is erased. */
    public record Line(UUID accountId, String email, String displayName, String organization, AccountStatus status,
                       Role requestedRole, Set<Role> roles, OffsetDateTime registeredAtExact, Instant statusChangedAt) {

        public Instant registeredAt() {
            return registeredAtExact.toInstant();
        }
    }
}

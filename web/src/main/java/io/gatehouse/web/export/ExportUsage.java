package io.gatehouse.web.export;

import io.gatehouse.account.ExportLimits;
import io.gatehouse.query.account.AccountView;
import io.gatehouse.query.account.ExportLimitOverride;
import io.gatehouse.web.support.Moment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * How many exports people made, for the dashboards and the admin pages: counted from the finished exports of the
 * current windows (the clock's minute, the UTC day), the same windows the limits count in.
 */
@Component
public class ExportUsage {

    /** The admin page lists at most this many accounts. */
    public static final int LISTED = 50;

    private final JdbcClient jdbc;
    private final Exports exports;
    private final Clock clock;

    ExportUsage(JdbcClient jdbc, Exports exports, Clock clock) {
        this.jdbc = jdbc;
        this.exports = exports;
        this.clock = clock;
    }

    /** One account's usage and limits now. {@code override} is the admin's, if one is in force. */
    public record Usage(ExportLimits limits, Optional<ExportLimitOverride> override, long thisMinute, long today,
                        Instant minuteEnds, Instant dayEnds) {

        public boolean setByAdmin() {
            return override.isPresent();
        }

        // for the templates

        public int perMinute() {
            return limits.perMinute();
        }

        public int perDay() {
            return limits.perDay();
        }

        public int atOnce() {
            return limits.atOnce();
        }

        public Moment dayEndsAt() {
            return Moment.of(dayEnds);
        }

        public boolean noneToday() {
            return today == 0;
        }
    }

    /** An account's exports today. */
    public record AccountToday(UUID accountId, long exports, Instant last) {
    }

    /** Today's exports of every account, most first; the total of exports and of accounts. */
    public record Today(List<AccountToday> accounts, long exports, long accountCount) {

        public boolean capped() {
            return accountCount > accounts.size();
        }
    }

    public Usage of(AccountView account) {
        Instant now = clock.instant();
        Instant minute = QuotaWindow.MINUTE.start(now);
        Instant day = QuotaWindow.DAY.start(now);
        long[] counts = jdbc.sql("""
                        select count(*) filter (where started_at >= ?) as minute, count(*) as day
                        from export_done where account_id = ? and started_at >= ?""")
                .params(Timestamp.from(minute), account.getAccountId(), Timestamp.from(day))
                .query((rs, row) -> new long[]{rs.getLong("minute"), rs.getLong("day")}).single();
        Optional<ExportLimitOverride> override = exports.override(account.getAccountId());
        return new Usage(exports.limitsOf(account), override, counts[0], counts[1], QuotaWindow.MINUTE.end(now),
                QuotaWindow.DAY.end(now));
    }

    public Today today() {
        Timestamp day = Timestamp.from(QuotaWindow.DAY.start(clock.instant()));
        List<AccountToday> accounts = jdbc.sql("""
                        select account_id, count(*) as exports, max(started_at) as last from export_done
                        where started_at >= ? group by account_id order by exports desc, account_id limit ?""")
                .params(day, LISTED)
                .query((rs, row) -> new AccountToday(rs.getObject("account_id", UUID.class), rs.getLong("exports"),
                        rs.getTimestamp("last").toInstant())).list();
        long[] totals = jdbc.sql("select count(*), count(distinct account_id) from export_done where started_at >= ?")
                .param(day).query((rs, row) -> new long[]{rs.getLong(1), rs.getLong(2)}).single();
        return new Today(accounts, totals[0], totals[1]);
    }
}

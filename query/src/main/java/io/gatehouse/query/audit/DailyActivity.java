package io.gatehouse.query.audit;

import io.gatehouse.account.AccountApproved;
import io.gatehouse.account.AccountRegistered;
import io.gatehouse.account.AccountSuspended;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sign-ups, approvals and suspensions per UTC day, counted from the audit trail's rows. The range is bounded
 * and the trail's (event_type, occurred_at) index answers it, so a store with years of events costs what the
 * last few days' rows cost.
 */
@Service
public class DailyActivity {

    private static final String SIGN_UP = AccountRegistered.class.getSimpleName();
    private static final String APPROVAL = AccountApproved.class.getSimpleName();
    private static final String SUSPENSION = AccountSuspended.class.getSimpleName();

    private static final String COUNT = """
            select event_type, cast(occurred_at at time zone 'UTC' as date) as day, count(*) as n
            from audit_entry
            where event_type in (?, ?, ?) and occurred_at >= ? and occurred_at < ?
            group by event_type, day""";

    private final JdbcTemplate jdbc;

    DailyActivity(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One entry per day, oldest first, ending with {@code today}; days without events count zero. */
    public List<Day> lastDays(LocalDate today, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("At least one day");
        }
        LocalDate first = today.minusDays(days - 1L);
        Map<LocalDate, long[]> counts = new LinkedHashMap<>();
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            counts.put(day, new long[3]);
        }
        jdbc.query(COUNT, row -> {
            long[] day = counts.get(row.getObject("day", LocalDate.class));
            if (day != null) {
                day[index(row.getString("event_type"))] += row.getLong("n");
            }
        }, SIGN_UP, APPROVAL, SUSPENSION, startOf(first), startOf(today.plusDays(1)));
        List<Day> result = new ArrayList<>(days);
        counts.forEach((day, n) -> result.add(new Day(day, n[0], n[1], n[2])));
        return result;
    }

    private static int index(String eventType) {
        if (SIGN_UP.equals(eventType)) {
            return 0;
        }
        return APPROVAL.equals(eventType) ? 1 : 2;
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /** One UTC day's counts. */
    public record Day(LocalDate date, long signUps, long approvals, long suspensions) {

        public long max() {
            return Math.max(signUps, Math.max(approvals, suspensions));
        }
    }
}

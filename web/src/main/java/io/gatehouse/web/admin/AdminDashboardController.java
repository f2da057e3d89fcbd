package io.gatehouse.web.admin;

import io.gatehouse.web.support.Plural;
import io.gatehouse.account.AccountStatus;
import io.gatehouse.query.account.AccountDirectory;
import io.gatehouse.query.audit.DailyActivity;
import io.gatehouse.query.audit.DailyActivity.Day;
import io.gatehouse.web.projections.CatchUp;
import io.gatehouse.web.projections.ReadModels;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@Controller
class AdminDashboardController {

    static final int CHART_DAYS = 30;

    private final AccountDirectory directory;
    private final DailyActivity activity;
    private final CatchUp catchUp;
    private final Clock clock;

    AdminDashboardController(AccountDirectory directory, DailyActivity activity, CatchUp catchUp, Clock clock) {
        this.directory = directory;
        this.activity = activity;
        this.catchUp = catchUp;
        this.clock = clock;
    }

    @GetMapping("/admin")
    String dashboard(Model model) {
        Map<AccountStatus, Long> counts = directory.countByStatus();
        model.addAttribute("counts", counts.entrySet().stream()
                .map(e -> new StatusCount(e.getKey().name(), e.getValue(), "/admin/accounts?status=" + e.getKey()))
                .toList());
        long pending = counts.getOrDefault(AccountStatus.PENDING, 0L);
        model.addAttribute("pendingSummary", pending == 0 ? null : Plural.of(pending, "request", "requests") + " waiting");
        model.addAttribute("pending", directory.findOldestPending().stream().map(AccountRow::of).toList());
        // the counts come from the audit trail, which follows the store on its own thread: let it catch up first
        catchUp.awaitHead(List.of(ReadModels.AUDIT_TRAIL));
        List<Day> days = activity.lastDays(LocalDate.now(clock), CHART_DAYS);
        model.addAttribute("chart", DailyChart.svg(days));
        model.addAttribute("chartDays", days);
        model.addAttribute("chartTotals", totals(days));
        return "admin/dashboard";
    }

    private static String totals(List<Day> days) {
        long signUps = days.stream().mapToLong(Day::signUps).sum();
        long approvals = days.stream().mapToLong(Day::approvals).sum();
        long suspensions = days.stream().mapToLong(Day::suspensions).sum();
        return "In the last " + CHART_DAYS + " days: " + Plural.of(signUps, "sign-up", "sign-ups") + ", "
                + Plural.of(approvals, "approval", "approvals") + " and " + Plural.of(suspensions, "suspension", "suspensions") + ".";
    }

    record StatusCount(String status, long count, String url) {
    }
}

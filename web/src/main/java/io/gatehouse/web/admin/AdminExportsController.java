package io.gatehouse.web.admin;

import io.gatehouse.personal.Erased;
import io.gatehouse.query.account.AccountDirectory;
import io.gatehouse.query.account.ExportLimitOverride;
import io.gatehouse.query.account.ExportLimitOverrides;
import io.gatehouse.web.export.ExportUsage;
import io.gatehouse.web.support.Moment;
import io.gatehouse.web.support.Plural;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** {@code /admin/exports}: everyone's PDF exports today, and the accounts with export limits of their own. */
@Controller
class AdminExportsController {

    private final ExportUsage usage;
    private final ExportLimitOverrides overrides;
    private final AccountDirectory directory;

    AdminExportsController(ExportUsage usage, ExportLimitOverrides overrides, AccountDirectory directory) {
        this.usage = usage;
        this.overrides = overrides;
        this.directory = directory;
    }

    record TodayRow(String id, String name, String email, long exports, Moment last) {
    }

    record OverrideRow(String id, String name, String limits, String reason, String changedBy, Moment changedAt) {
    }

    @GetMapping("/admin/exports")
    ModelAndView exports() {
        Function<UUID, AccountRow> accounts = lookUp();
        ExportUsage.Today today = usage.today();
        List<TodayRow> rows = today.accounts().stream().map(a -> {
            AccountRow account = accounts.apply(a.accountId());
            return new TodayRow(a.accountId().toString(), account.displayName(), account.email(), a.exports(),
                    Moment.of(a.last()));
        }).toList();
        List<ExportLimitOverride> inForce = overrides.inForce();
        List<OverrideRow> set = inForce.stream().limit(ExportUsage.LISTED).map(o -> new OverrideRow(
                o.accountId().toString(), accounts.apply(o.accountId()).displayName(), o.limits().toString(),
                o.reason(), changedBy(o.changedBy(), accounts), Moment.of(o.changedAt()))).toList();
        ModelAndView page = new ModelAndView("admin/exports");
        page.addObject("today", rows);
        page.addObject("todaySummary", Plural.of(today.exports(), "export", "exports") + " today (UTC) by "
                + Plural.of(today.accountCount(), "account", "accounts"));
        page.addObject("todayCapped", today.capped() ? "The " + rows.size() + " accounts with the most exports are listed."
                : null);
        page.addObject("overrides", set);
        page.addObject("overridesCapped", inForce.size() > set.size()
                ? "The " + set.size() + " most recent of " + inForce.size() + " are listed." : null);
        return page;
    }

    /** Each account looked up once, however often it appears; one that is gone reads as its id. */
    private Function<UUID, AccountRow> lookUp() {
        Map<UUID, AccountRow> known = new HashMap<>();
        return id -> known.computeIfAbsent(id, key -> directory.findAccount(key).map(AccountRow::of)
                .orElse(new AccountRow(key.toString(), "", key.toString(), null, "", "", "", null)));
    }

    private static String changedBy(String actorId, Function<UUID, AccountRow> accounts) {
        try {
            return accounts.apply(UUID.fromString(actorId)).displayName();
        } catch (IllegalArgumentException notAnAccount) {
            return Erased.orLabel(actorId);
        }
    }
}

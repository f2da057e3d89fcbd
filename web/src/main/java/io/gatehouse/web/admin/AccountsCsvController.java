package io.gatehouse.web.admin;

import io.gatehouse.account.AccountStatus;
import io.gatehouse.account.Role;
import io.gatehouse.personal.Erased;
import io.gatehouse.query.account.AccountExport;
import io.gatehouse.web.support.Csv;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The account list's filters as a CSV download: every matching account, not one page, streamed in keyset
 * batches. Names and organizations are what people typed: {@link Csv} keeps a spreadsheet from running them.
 */
@Controller
class AccountsCsvController {

    private static final List<String> HEADER = List.of("account_id", "name", "email", "organization", "state",
            "asked_for", "roles", "signed_up", "state_since");

    private final AccountExport export;
    private final Clock clock;

    AccountsCsvController(AccountExport export, Clock clock) {
        this.export = export;
        this.clock = clock;
    }

    @GetMapping("/admin/accounts.csv")
    void accounts(@RequestParam(required = false) String status, @RequestParam(required = false) String q,
                  HttpServletResponse response) throws IOException {
        AccountStatus filter = AccountList.parseStatus(status); // a 400 before any byte
        String name = "accounts-" + (filter == null ? "all" : filter.name().toLowerCase(Locale.ROOT)) + "-"
                + LocalDate.now(clock) + ".csv";
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name).build().toString());
        Writer out = response.getWriter();
        Csv csv = new Csv(out);
        csv.row(HEADER);
        export.forEachAccount(filter, q, account -> csv.row(row(account)));
        out.flush();
    }

    private static List<Object> row(AccountExport.Line a) {
        return Arrays.asList(a.accountId(), Erased.orLabel(a.displayName()), Erased.orLabel(a.email()),
                a.organization(), a.status(), a.requestedRole(),
                a.roles().stream().map(Role::name).collect(Collectors.joining(", ")), a.registeredAt(),
                a.statusChangedAt());
    }
}

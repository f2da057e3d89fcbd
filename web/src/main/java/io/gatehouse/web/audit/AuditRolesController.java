package io.gatehouse.web.audit;

import io.gatehouse.account.Role;
import io.gatehouse.query.audit.RoleHolder;
import io.gatehouse.query.audit.RoleRegister;
import io.gatehouse.web.support.BadRequestException;
import io.gatehouse.web.support.Csv;
import io.gatehouse.web.support.FieldException;
import io.gatehouse.web.support.Instants;
import io.gatehouse.web.support.Moment;
import io.gatehouse.web.support.Plural;
import io.gatehouse.web.support.Web;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/** /audit/roles: who held a role at an instant (now, if none is given), as a page and as CSV. */
@Controller
class AuditRolesController {

    private final RoleRegister register;
    private final Clock clock;

    AuditRolesController(RoleRegister register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    /** A role or instant the register cannot take answers 400 with the same form, the field marked, no answer. */
    @GetMapping("/audit/roles")
    ModelAndView roles(@RequestParam(required = false) String role, @RequestParam(required = false) String at) {
        ModelAndView view = new ModelAndView("audit/roles");
        Map<String, String> problems = new LinkedHashMap<>();
        Role chosen = null;
        Instant instant = null;
        try {
            chosen = role(role);
        } catch (BadRequestException unknown) {
            problems.put("role", unknown.getMessage());
        }
        try {
            instant = instant(at);
        } catch (FieldException wrong) {
            problems.put("at", wrong.advice());
        }
        Role selected = chosen;
        view.addObject("roles", Arrays.stream(Role.values()).map(r -> new RoleOption(r.name(), r == selected)).toList());
        view.addObject("role", FormField.text("role", role, problems));
        // what a datetime-local field can show again: the instant asked for, in UTC, to the second
        view.addObject("at", FormField.time("at", at == null || at.isBlank() || instant == null ? at
                : LocalDateTime.ofInstant(instant, ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString(), problems));
        if (!problems.isEmpty()) {
            view.setStatus(HttpStatus.BAD_REQUEST);
            view.addObject("fieldErrors", true);
            return view;
        }
        if (chosen != null) {
            Instant when = instant;
            List<HolderRow> holders = register.holders(chosen, when).stream().map(h -> row(h, when)).toList();
            view.addObject("answer", new Answer(chosen.name(), Moment.of(instant), holders,
                    Plural.of(holders.size(), "holder", "holders"),
                    UriComponentsBuilder.fromPath("/audit/roles.csv").queryParam("role", chosen.name())
                            .queryParam("at", Web.iso(instant)).encode().build().toUriString()));
        }
        return view;
    }

    @GetMapping("/audit/roles.csv")
    void csv(@RequestParam(required = false) String role, @RequestParam(required = false) String at,
             HttpServletResponse response) throws IOException {
        Role chosen = role(role);
        if (chosen == null) {
            throw new BadRequestException("Choose a role: one of " + Arrays.toString(Role.values()) + ".");
        }
        Instant instant = instant(at);
        List<RoleHolder> holders = register.holders(chosen, instant);
        AuditCsvController.attachment(response, "role-" + chosen.name().toLowerCase(Locale.ROOT) + ".csv");
        Csv csv = new Csv(response.getWriter());
        csv.row(List.of("role", "at", "account_id", "email", "display_name", "held_since", "status_then"));
        for (RoleHolder h : holders) {
            csv.row(Arrays.asList(chosen, instant, h.accountId(), h.email(), h.displayName(), h.heldSince(), h.status()));
        }
        response.getWriter().flush();
    }

    private static Role role(String role) {
        if (role == null || role.isBlank()) {
            return null;
        }
        try {
            return Role.valueOf(role.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new BadRequestException("Unknown role \u201c" + role + "\u201d: choose one of "
                    + Arrays.toString(Role.values()) + ".");
        }
    }

    private Instant instant(String at) {
        Instant instant = Instants.parse(at, "at", false);
        return instant != null ? instant : clock.instant();
    }

    private static HolderRow row(RoleHolder h, Instant at) {
        return new HolderRow("/audit/accounts/" + h.accountId(), h.accountId().toString(),
                h.email() != null ? h.email() : h.accountId().toString(), h.displayName(), Moment.of(h.heldSince()),
                h.status() == null ? "unknown" : h.status().name(),
                UriComponentsBuilder.fromPath("/audit/accounts/" + h.accountId()).queryParam("at", Web.iso(at))
                        .encode().build().toUriString());
    }

    record RoleOption(String value, boolean selected) {
    }

    record Answer(String role, Moment at, List<HolderRow> holders, String count, String csvUrl) {
    }

    record HolderRow(String url, String accountId, String email, String displayName, Moment since, String status,
                     String stateUrl) {
    }
}

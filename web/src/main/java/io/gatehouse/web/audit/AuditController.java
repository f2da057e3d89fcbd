package io.gatehouse.web.audit;

import io.gatehouse.account.Role;
import io.gatehouse.query.account.AccountDirectory;
import io.gatehouse.query.account.AccountView;
import io.gatehouse.query.audit.AccountStateAt;
import io.gatehouse.query.audit.AccountTimeline;
import io.gatehouse.query.audit.AuditEntry;
import io.gatehouse.query.audit.AuditFilter;
import io.gatehouse.query.audit.AuditTrail;
import io.gatehouse.web.support.BadRequestException;
import io.gatehouse.web.support.HistoryRow;
import io.gatehouse.web.support.NotFoundException;
import io.gatehouse.web.support.Paging;
import io.gatehouse.web.support.Web;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Read-only pages over the audit trail and the event store. */
@Controller
class AuditController {

    private static final List<String> EVENT_TYPES = AuditTrail.eventTypes();

    private final AuditTrail trail;
    private final AccountTimeline timeline;
    private final AccountDirectory directory;

    AuditController(AuditTrail trail, AccountTimeline timeline, AccountDirectory directory) {
        this.trail = trail;
        this.timeline = timeline;
        this.directory = directory;
    }

    @GetMapping("/audit")
    ModelAndView trail(@RequestParam(required = false) String account, @RequestParam(required = false) String actor,
                       @RequestParam(required = false) String type, @RequestParam(required = false) String from,
                       @RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page) {
        if (type != null && !type.isBlank() && !EVENT_TYPES.contains(type.strip())) {
            throw new BadRequestException("Unknown event type \u201c" + type + "\u201d.");
        }
        Instant fromInstant = Instants.parse(from, "from", false);
        Instant toInstant = Instants.parse(to, "to", true);
        Optional<UUID> subject = subject(account);
        ModelAndView view = new ModelAndView("audit/index");
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("account", account);
        filters.put("actor", actor);
        filters.put("type", type);
        filters.put("from", from);
        filters.put("to", to);
        view.addObject("filters", filters);
        view.addObject("types", EVENT_TYPES.stream().map(t -> new TypeOption(t, t.equals(type))).toList());
        if (account != null && !account.isBlank() && subject.isEmpty()) {
            view.addObject("entries", List.of());
            view.addObject("paging", null);
            return view;
        }
        Page<AuditEntry> entries = trail.findEntries(new AuditFilter(subject.orElse(null), actor, type, fromInstant,
                toInstant), page);
        view.addObject("entries", entries.getContent().stream().map(HistoryRow::of).toList());
        view.addObject("paging", Paging.of(entries, "/audit", filters));
        return view;
    }

    @GetMapping("/audit/accounts/{id}")
    ModelAndView account(@PathVariable UUID id, @RequestParam(required = false) String at) {
        Instant instant = Instants.parse(at, "at", false);
        List<AuditEntry> history = trail.findHistory(id);
        Optional<AccountView> current = directory.findAccount(id);
        if (current.isEmpty() && history.stream().noneMatch(AuditEntry::isAccountSubject)) {
            throw new NotFoundException("No such account");
        }
        ModelAndView view = new ModelAndView("audit/account");
        view.addObject("accountId", id);
        view.addObject("email", current.map(AccountView::getEmail).orElse(id.toString()));
        view.addObject("history", history.stream().map(HistoryRow::of).toList());
        view.addObject("at", at == null ? "" : at);
        if (instant != null) {
            AccountStateAt state = timeline.findStateAt(id, instant)
                    .orElseThrow(() -> new NotFoundException("No such account"));
            view.addObject("state", new StateRow(Web.time(state.at()), Web.iso(state.at()), state.existed(),
                    state.status() == null ? null : state.status().name(),
                    state.roles().stream().map(Role::name).collect(Collectors.joining(", ")),
                    state.statusReason(), Web.time(state.lastChange()), state.eventsApplied()));
        }
        return view;
    }

    private Optional<UUID> subject(String account) {
        if (account == null || account.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(account.strip()));
        } catch (IllegalArgumentException notAnId) {
            return directory.findAccountByEmail(account).map(AccountView::getAccountId);
        }
    }

    record TypeOption(String value, boolean selected) {
    }

    record StateRow(String at, String iso, boolean existed, String status, String roles, String reason,
                    String lastChange, int eventsApplied) {
    }
}

package io.gatehouse.web.audit;

import io.gatehouse.account.Role;
import io.gatehouse.query.account.AccountDirectory;
import io.gatehouse.query.account.AccountView;
import io.gatehouse.query.audit.AccountStateAt;
import io.gatehouse.query.audit.AccountTimeline;
import io.gatehouse.query.audit.AuditCursor;
import io.gatehouse.query.audit.AuditEntry;
import io.gatehouse.query.audit.AuditPage;
import io.gatehouse.query.audit.AuditTrail;
import io.gatehouse.web.support.BadRequestException;
import io.gatehouse.web.support.FieldException;
import io.gatehouse.web.support.Instants;
import io.gatehouse.web.support.Moment;
import io.gatehouse.web.support.Plural;
import io.gatehouse.web.support.NotFoundException;
import io.gatehouse.web.support.Web;
import org.springframework.http.HttpStatus;
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

    private static final Map<String, String> ACTIONS = AuditTrail.actionsByType();

    private final AuditTrail trail;
    private final AccountTimeline timeline;
    private final AccountDirectory directory;

    AuditController(AuditTrail trail, AccountTimeline timeline, AccountDirectory directory) {
        this.trail = trail;
        this.timeline = timeline;
        this.directory = directory;
    }

    /**
     * {@code page} (the numbered paging this replaced) is accepted and ignored, so old links still open. A filter
     * the trail cannot take answers 400 with the same page: every value as typed, the field marked, no results.
     */
    @GetMapping("/audit")
    ModelAndView trail(@RequestParam(required = false) String account, @RequestParam(required = false) String actor,
                       @RequestParam(required = false) String type, @RequestParam(required = false) String from,
                       @RequestParam(required = false) String to, @RequestParam(required = false) String correlation,
                       @RequestParam(required = false) String older, @RequestParam(required = false) String newer,
                       @RequestParam(required = false) String page) {
        AuditParams params = new AuditParams(account, actor, type, from, to, correlation);
        Map<String, String> problems = new LinkedHashMap<>();
        var filter = params.filter(problems);
        ModelAndView view = new ModelAndView("audit/index");
        view.addObject("f", Map.of("account", FormField.text("account", account, problems),
                "actor", FormField.text("actor", actor, problems), "type", FormField.text("type", type, problems),
                "from", FormField.time("from", from, problems), "to", FormField.time("to", to, problems),
                "correlation", FormField.text("correlation", correlation, problems)));
        String chosen = type == null ? "" : type.strip();
        view.addObject("types", ACTIONS.entrySet().stream()
                .map(t -> new TypeOption(t.getKey(), t.getValue(), t.getKey().equals(chosen))).toList());
        AuditCursor before;
        AuditCursor after;
        try {
            before = AuditParams.cursor(older, "older");
            after = AuditParams.cursor(newer, "newer");
        } catch (BadRequestException lost) {
            return refused(view, lost.getMessage());
        }
        if (filter == null) {
            view.addObject("fieldErrors", true);
            return refused(view, null);
        }
        AuditPage entries = trail.findEntries(filter, before, after);
        view.addObject("results", true);
        view.addObject("entries", entries.entries().stream().map(AuditRow::of).toList());
        view.addObject("count", Plural.of(entries.entries().size(), "event", "events"));
        view.addObject("newerUrl", link(params, "newer", entries.newer()));
        view.addObject("olderUrl", link(params, "older", entries.older()));
        view.addObject("csvUrl", params.link("/audit/entries.csv", null, null));
        return view;
    }

    private static ModelAndView refused(ModelAndView view, String problem) {
        view.setStatus(HttpStatus.BAD_REQUEST);
        view.addObject("problem", problem);
        return view;
    }

    /** The account's history; with {@code at}, also its state then. A bad {@code at} is marked on the form (400). */
    @GetMapping("/audit/accounts/{id}")
    ModelAndView account(@PathVariable UUID id, @RequestParam(required = false) String at) {
        Map<String, String> problems = new LinkedHashMap<>();
        Instant instant = null;
        try {
            instant = Instants.parse(at, "at", false);
        } catch (FieldException wrong) {
            problems.put("at", wrong.advice());
        }
        List<AuditEntry> history = trail.findHistory(id);
        Optional<AccountView> current = directory.findAccount(id);
        if (current.isEmpty() && history.stream().noneMatch(AuditEntry::isAccountSubject)) {
            throw new NotFoundException("No such account");
        }
        ModelAndView view = new ModelAndView("audit/account");
        view.addObject("accountId", id);
        String email = history.stream().filter(AuditEntry::isAccountSubject).map(AuditEntry::getSubjectLabel)
                .filter(label -> label != null).findFirst()
                .orElseGet(() -> current.map(AccountView::getEmail).orElse(id.toString()));
        view.addObject("email", email);
        view.addObject("pageTitle", "History of " + email);
        view.addObject("history", history.stream().map(AuditRow::of).toList());
        view.addObject("count", Plural.of(history.size(), "event", "events"));
        view.addObject("at", FormField.time("at", at, problems));
        if (!problems.isEmpty()) {
            view.addObject("fieldErrors", true);
            view.setStatus(HttpStatus.BAD_REQUEST);
        }
        if (instant != null) {
            AccountStateAt state = timeline.findStateAt(id, instant)
                    .orElseThrow(() -> new NotFoundException("No such account"));
            view.addObject("state", new StateRow(Moment.of(state.at()), state.existed(),
                    state.status() == null ? null : state.status().name(),
                    state.roles().stream().map(Role::name).collect(Collectors.joining(", ")),
                    state.statusReason(), Moment.of(state.lastChange()), state.eventsApplied()));
        }
        return view;
    }

    private static String link(AuditParams params, String name, AuditCursor cursor) {
        return cursor == null ? null : params.link("/audit", name, cursor.toString());
    }

    /** An event type as the filter offers it: the table's words, the type's name as the value. */
    record TypeOption(String value, String label, boolean selected) {
    }

    record StateRow(Moment at, boolean existed, String status, String roles, String reason, Moment lastChange,
                    int eventsApplied) {
    }
}

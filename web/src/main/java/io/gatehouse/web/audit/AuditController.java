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
import io.gatehouse.web.support.Instants;
import io.gatehouse.web.support.NotFoundException;
import io.gatehouse.web.support.Web;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import java.time.Instant;
import java.util.List;
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

    /** {@code page} (the numbered paging this replaced) is accepted and ignored, so old links still open. */
    @GetMapping("/audit")
    ModelAndView trail(@RequestParam(required = false) String account, @RequestParam(required = false) String actor,
                       @RequestParam(required = false) String type, @RequestParam(required = false) String from,
                       @RequestParam(required = false) String to, @RequestParam(required = false) String correlation,
                       @RequestParam(required = false) String older, @RequestParam(required = false) String newer,
                       @RequestParam(required = false) String page) {
        AuditParams params = new AuditParams(account, actor, type, from, to, correlation);
        var filter = params.filter();
        AuditPage entries = trail.findEntries(filter, AuditParams.cursor(older, "older"),
                AuditParams.cursor(newer, "newer"));
        ModelAndView view = new ModelAndView("audit/index");
        view.addObject("filters", params.asMap());
        view.addObject("types", EVENT_TYPES.stream().map(t -> new TypeOption(t, t.equals(type))).toList());
        view.addObject("entries", entries.entries().stream().map(AuditRow::of).toList());
        view.addObject("newerUrl", link(params, "newer", entries.newer()));
        view.addObject("olderUrl", link(params, "older", entries.older()));
        view.addObject("csvUrl", params.link("/audit/entries.csv", null, null));
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
        view.addObject("email", history.stream().filter(AuditEntry::isAccountSubject).map(AuditEntry::getSubjectLabel)
                .filter(label -> label != null).findFirst()
                .orElseGet(() -> current.map(AccountView::getEmail).orElse(id.toString())));
        view.addObject("history", history.stream().map(AuditRow::of).toList());
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

    private static String link(AuditParams params, String name, AuditCursor cursor) {
        return cursor == null ? null : params.link("/audit", name, cursor.toString());
    }

    record TypeOption(String value, boolean selected) {
    }

    record StateRow(String at, String iso, boolean existed, String status, String roles, String reason,
                    String lastChange, int eventsApplied) {
    }
}

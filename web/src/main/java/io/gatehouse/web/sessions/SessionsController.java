package io.gatehouse.web.sessions;

import io.gatehouse.query.audit.ShortAddress;
import io.gatehouse.signin.SessionEndCause;
import io.gatehouse.web.security.AccountPrincipal;
import io.gatehouse.web.security.SessionFacts;
import io.gatehouse.web.signin.Browsers;
import io.gatehouse.web.support.Moment;
import io.gatehouse.web.support.Plural;
import io.gatehouse.web.support.Web;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.session.Session;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** {@code /account/sessions}: the account's sessions, and ending the ones its owner does not recognise. */
@Controller
class SessionsController {

    private final EndedSessions sessions;

    SessionsController(EndedSessions sessions) {
        this.sessions = sessions;
    }

    @GetMapping("/account/sessions")
    ModelAndView list(HttpServletRequest request) {
        AccountPrincipal me = Web.requireCurrentAccount();
        String current = request.getSession().getId();
        List<Row> rows = sessions.of(me.accountId()).values().stream()
                .sorted(Comparator.comparing((Session s) -> !s.getId().equals(current))
                        .thenComparing(Session::getLastAccessedTime, Comparator.reverseOrder()))
                .map(s -> Row.of(s, s.getId().equals(current)))
                .toList();
        ModelAndView page = new ModelAndView("account/sessions");
        page.addObject("sessions", rows);
        page.addObject("count", Plural.of(rows.size(), "session", "sessions"));
        page.addObject("others", rows.stream().anyMatch(row -> !row.current()));
        return page;
    }

    @PostMapping("/account/sessions/{handle}/end")
    ModelAndView end(@PathVariable String handle, HttpServletRequest request, RedirectAttributes flash) {
        AccountPrincipal me = Web.requireCurrentAccount();
        if (handle.equals(SessionFacts.handle(request.getSession()))) {
            flash.addFlashAttribute("alert", "That is the session you are using; use \u201cSign out\u201d to end it.");
            return Web.seeOther("/account/sessions");
        }
        int ended = sessions.end(me.accountId(), session -> handle.equals(SessionFacts.handle(session)),
                SessionEndCause.ENDED_BY_OWNER, me.getName(), Web.clientAddress(request));
        flash.addFlashAttribute(ended > 0 ? "notice" : "alert",
                ended > 0 ? "The session was ended." : "That session had already ended.");
        return Web.seeOther("/account/sessions");
    }

    @PostMapping("/account/sessions/end-others")
    ModelAndView endOthers(HttpServletRequest request, RedirectAttributes flash) {
        AccountPrincipal me = Web.requireCurrentAccount();
        int ended = sessions.endAllBut(me.accountId(), request.getSession().getId(), SessionEndCause.ENDED_BY_OWNER,
                me.getName(), Web.clientAddress(request));
        flash.addFlashAttribute("notice", ended == 0 ? "There were no other sessions."
                : ended == 1 ? "One other session was ended." : ended + " other sessions were ended.");
        return Web.seeOther("/account/sessions");
    }

    /** One session as the page lists it. The handle names it in forms; the session id never leaves the server. */
    record Row(String handle, Moment started, Moment lastActive, String client, String browser, String agent,
               boolean current) {

        static Row of(Session session, boolean current) {
            String agent = SessionFacts.browser(session);
            return new Row(Objects.requireNonNullElse(SessionFacts.handle(session), ""),
                    Moment.of(session.getCreationTime()), Moment.of(session.getLastAccessedTime()),
                    Objects.requireNonNullElse(ShortAddress.of(SessionFacts.client(session)), "unknown"), Browsers.summary(agent),
                    agent == null ? "" : agent, current);
        }
    }
}

package io.gatehouse.web.sessions;

import io.gatehouse.query.account.AccountDirectory;
import io.gatehouse.query.account.AccountView;
import io.gatehouse.signin.SessionEndCause;
import io.gatehouse.web.support.Moment;
import io.gatehouse.web.support.NotFoundException;
import io.gatehouse.web.support.Web;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/** The page a person sees at their first request after their session was ended for them. */
@Controller
class SessionEndedController {

    static final String PATH = "/session-ended";

    private final AccountDirectory directory;

    SessionEndedController(AccountDirectory directory) {
        this.directory = directory;
    }

    @RequestMapping(PATH)
    ModelAndView ended(HttpServletRequest request) {
        if (!(request.getAttribute(EndedSessionFilter.ENDING) instanceof EndedSessions.Ending ending)) {
            throw new NotFoundException("No such page");
        }
        ModelAndView page = new ModelAndView("account/session-ended");
        // 401: the request was not acted on, and signing in again is what it takes.
        page.setStatus(HttpStatus.UNAUTHORIZED);
        page.addObject("why", why(ending.cause()));
        directory.findAccount(ending.accountId()).ifPresent(account -> {
            if (ending.cause() == SessionEndCause.ACCOUNT_SUSPENDED || ending.cause() == SessionEndCause.ACCOUNT_REJECTED) {
                page.addObject("reason", account.getStatusReason());
                page.addObject("since", Moment.of(account.getStatusChangedAt()));
            }
            page.addObject("canSignIn", account.getStatus().canSignIn());
        });
        return page;
    }

    private static String why(SessionEndCause cause) {
        return switch (cause) {
            case ACCOUNT_SUSPENDED -> "An admin suspended your account.";
            case ACCOUNT_REJECTED -> "An admin rejected your request to join.";
            case PASSWORD_CHANGED -> "Your password was changed in another session.";
            case PASSWORD_RESET -> "Your password was reset with a link sent to your address.";
            case SECOND_FACTOR_RESET -> "An admin removed your second factor; set up your authenticator again when you sign in.";
            case ENDED_BY_OWNER -> "You ended this session from another one.";
            case ACCOUNT_ERASED -> "An admin erased your account and the personal data it held.";
            case ACCOUNT_WITHDRAWN -> "You withdrew your request to join, and every session of your account ended."
                    + " Your e-mail address is free again: you can sign up afresh whenever you like.";
        };
    }
}

package io.gatehouse.web.support;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;

/** Builds the one error page every failure renders: a status, a title and words for a person. */
public final class ErrorPages {

    private static final Map<Integer, String> TITLES = Map.of(
            400, "That request could not be understood",
            403, "You do not have access to this page",
            404, "Page not found",
            405, "That action is not available here",
            409, "That could not be done",
            413, "That was too large",
            500, "Something went wrong on our side");

    private static final Map<Integer, String> MESSAGES = Map.of(
            400, "Please check what you entered and try again.",
            403, "Your account does not have the role this page needs. If you think it should, ask an admin.",
            404, "There is nothing here, or it is not yours to see.",
            405, "Go back and use the page's own buttons.",
            409, "The account's state does not allow that right now.",
            413, "Send something smaller.",
            500, "The error has been logged. Please try again in a moment.");

    /** Set on a request whose form carried no valid CSRF token, so its 403 page can say so. */
    public static final String FORM_EXPIRED = ErrorPages.class.getName() + ".formExpired";

    static final String FORM_EXPIRED_MESSAGE = "This form has expired or did not come from this site. "
            + "Go back, reload the page and try again.";

    private ErrorPages() {
    }

    public static ModelAndView page(int status, String message) {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(HttpStatus.valueOf(status));
        page.addObject("status", status);
        page.addObject("title", TITLES.getOrDefault(status, status >= 500 ? TITLES.get(500) : TITLES.get(400)));
        page.addObject("message", message != null ? message
                : MESSAGES.getOrDefault(status, status >= 500 ? MESSAGES.get(500) : MESSAGES.get(400)));
        page.addObject("pageTitle", page.getModel().get("title"));
        addLayout(page);
        return page;
    }

    /**
     * The layout's header, which the {@code @ModelAttribute}s of {@link LayoutModelAdvice} do not give to views
     * of exception handlers or of the container's error dispatch: without it a signed-in person's error page
     * looks as if they had been signed out.
     */
    private static void addLayout(ModelAndView page) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return;
        }
        HttpServletRequest request = attributes.getRequest();
        page.addObject("csrf", LayoutModelAdvice.csrfOf(request));
        page.addObject("me", LayoutModelAdvice.signedIn(authentication(request)));
    }

    /** The holder's, or else the session's: an error dispatch may come after the security filters let go of it. */
    private static Authentication authentication(HttpServletRequest request) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current != null) {
            return current;
        }
        var session = request.getSession(false);
        Object stored = session == null ? null
                : session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return stored instanceof SecurityContext context ? context.getAuthentication() : null;
    }
}

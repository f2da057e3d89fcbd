package io.gatehouse.web.support;

import io.gatehouse.command.CommandRefusedException;
import io.gatehouse.web.security.AccountPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import java.time.Instant;
import java.util.Optional;

/** Small helpers the controllers share. */
public final class Web {

    private Web() {
    }

    /** The answer to a successful POST: 303, so that a reload does not post again. */
    public static ModelAndView seeOther(String path) {
        RedirectView view = new RedirectView(path, true);
        view.setStatusCode(HttpStatus.SEE_OTHER);
        view.setExposeModelAttributes(false);
        return new ModelAndView(view);
    }

    /** The client's address as this server saw it (behind a proxy, see server.forward-headers-strategy). */
    public static String clientAddress(HttpServletRequest request) {
        return request.getRemoteAddr();
    }

    public static Optional<AccountPrincipal> currentAccount() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    /** The signed-in account; only for pages the security chains already restrict to signed-in people. */
    public static AccountPrincipal requireCurrentAccount() {
        return currentAccount().orElseThrow(() -> new IllegalStateException("No signed-in account"));
    }

    /** The contract's status for a refused command: 409 when the state forbids it, 400 when the input does. */
    public static HttpStatus statusOf(CommandRefusedException refused) {
        return refused.kind() == CommandRefusedException.Kind.CONFLICT ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
    }

    /** The UTC words of {@link Moment}, for a page that shows a time as plain text. */
    public static String time(Instant instant) {
        return instant == null ? "" : new Moment(instant).utc();
    }

    public static String iso(Instant instant) {
        return instant == null ? "" : new Moment(instant).iso();
    }
}

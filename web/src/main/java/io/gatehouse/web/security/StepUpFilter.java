package io.gatehouse.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * An admin act (a POST under {@code /admin/}) needs a second-factor check within the last 15 minutes; an
 * older one sends the admin to {@code /login/mfa} first, and back to the page the form was on afterwards.
 */
class StepUpFilter extends OncePerRequestFilter {

    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Clock clock;

    StepUpFilter(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        boolean act = "POST".equals(request.getMethod()) && request.getServletPath().startsWith("/admin/")
                && !request.getServletPath().equals("/admin/login");
        // Only for admins: anyone else is answered by the area's own rules (sign in, or 403).
        if (act && session != null && isAdmin() && !recentlyChecked(session)) {
            SessionFacts.continueTo(session, formPage(request));
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", "/login/mfa");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isAdmin() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> "ROLE_ADMIN".equals(authority.getAuthority()));
    }

    private boolean recentlyChecked(HttpSession session) {
        Instant checked = SessionFacts.secondFactorAt(session).orElse(Instant.MIN);
        return checked.isAfter(clock.instant().minus(WINDOW));
    }

    /** The admin page the form was posted from (the Referer, same site only), else the dashboard. */
    private static String formPage(HttpServletRequest request) {
        return LocalPath.of(request.getHeader("Referer"), request.getServerName())
                .filter(path -> path.startsWith("/admin"))
                .orElse("/admin");
    }
}

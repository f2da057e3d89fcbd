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
 * So does an admin making an API token ({@code POST /account/tokens}): a token acts without a second factor,
 * so a session left open must not be enough to mint one that can suspend accounts.
 */
class StepUpFilter extends OncePerRequestFilter {

    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Clock clock;
    private final String area;

    /** Guards the POSTs under {@code area} ("/admin" or "/account/tokens"), the admin sign-in excepted. */
    StepUpFilter(Clock clock, String area) {
        this.clock = clock;
        this.area = area;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        String path = request.getServletPath();
        boolean act = "POST".equals(request.getMethod()) && (path.equals(area) || path.startsWith(area + "/"))
                && !path.equals("/admin/login");
        // Only for admins: anyone else is answered by the area's own rules (sign in, or 403).
        if (act && session != null && isAdmin() && !recentlyChecked(session)) {
            SessionFacts.continueTo(session, formPage(request, area));
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

    /** The page of the area the form was posted from (the Referer, same site only), else the area's first page. */
    private static String formPage(HttpServletRequest request, String area) {
        return LocalPath.of(request.getHeader("Referer"), request.getServerName())
                .filter(path -> path.startsWith(area))
                .orElse(area);
    }
}

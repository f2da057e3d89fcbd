package io.gatehouse.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Sends a session that still has a {@link SignInGate} to pass to the page that passes it, remembering a
 * page it asked for so it can go there afterwards.
 */
class SignInGateFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        SignInGate gate = authentication == null ? SignInGate.NONE : AccountAuthorities.gateOf(authentication);
        String path = request.getServletPath();
        if (gate == SignInGate.NONE || gate.opens(path)) {
            chain.doFilter(request, response);
            return;
        }
        if ("GET".equals(request.getMethod())) {
            // The URI as sent (still encoded), not the decoded servlet path
            String asked = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            SessionFacts.continueTo(request.getSession(), asked);
            response.sendRedirect(gate.page());
        } else {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", gate.page());
        }
    }
}

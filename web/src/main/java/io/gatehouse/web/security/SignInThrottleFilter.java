package io.gatehouse.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/** Turns a throttled sign-in POST away with the same redirect a wrong password gets. */
class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;
    private final String loginPath;

    SignInThrottleFilter(SignInThrottle throttle, String loginPath) {
        this.throttle = throttle;
        this.loginPath = loginPath;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod()) && loginPath.equals(request.getServletPath())
                && !throttle.allows(request.getParameter("username"), request.getRemoteAddr())) {
            response.sendRedirect(request.getContextPath() + loginPath + "?error");
            return;
        }
        chain.doFilter(request, response);
    }
}

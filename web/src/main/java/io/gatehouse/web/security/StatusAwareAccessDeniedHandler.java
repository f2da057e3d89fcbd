package io.gatehouse.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import io.gatehouse.web.support.ErrorPages;

import java.io.IOException;

/**
 * A signed-in person who is not ACTIVE is sent to the page that tells them where they stand; an ACTIVE
 * one without the role gets the 403 page. A missing or wrong CSRF token is always a plain 403.
 */
class StatusAwareAccessDeniedHandler implements AccessDeniedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(denied instanceof CsrfException) && authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
                && !principal.isActive()) {
            response.sendRedirect(request.getContextPath() + "/account/status");
            return;
        }
        if (denied instanceof CsrfException) {
            request.setAttribute(ErrorPages.FORM_EXPIRED, Boolean.TRUE);
        }
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}

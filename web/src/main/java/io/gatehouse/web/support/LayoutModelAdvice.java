package io.gatehouse.web.support;

import io.gatehouse.account.Role;
import io.gatehouse.web.security.AccountPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.Set;
import java.util.stream.Collectors;

/** What the shared layout needs on every page: the CSRF token and who is signed in. */
@ControllerAdvice
class LayoutModelAdvice {

    /**
     * The token is only looked up when a template prints it, so pages without a form (the landing page,
     * the stylesheet's neighbours) do not open a session for every anonymous visitor.
     */
    @ModelAttribute("csrf")
    LazyCsrfToken csrf(HttpServletRequest request) {
        return csrfOf(request);
    }

    static LazyCsrfToken csrfOf(HttpServletRequest request) {
        return new LazyCsrfToken((CsrfToken) request.getAttribute(CsrfToken.class.getName()));
    }

    record LazyCsrfToken(CsrfToken token) {
        @Override
        public String toString() {
            return token == null ? "" : token.getToken();
        }
    }

    @ModelAttribute("me")
    SignedIn me() {
        return signedIn(SecurityContextHolder.getContext().getAuthentication());
    }

    static SignedIn signedIn(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
            return null;
        }
        Set<String> authorities = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        return new SignedIn(principal.email(), principal.displayName(), principal.isActive(),
                authorities.contains("ROLE_" + Role.SPONSOR), authorities.contains("ROLE_" + Role.EDITOR),
                authorities.contains("ROLE_" + Role.ADMIN), authorities.contains("ROLE_" + Role.AUDITOR));
    }

    /** The signed-in person, as the navigation bar shows them. */
    record SignedIn(String email, String displayName, boolean active, boolean sponsor, boolean editor,
                    boolean admin, boolean auditor) {

        public boolean canAudit() {
            return auditor || admin;
        }
    }
}

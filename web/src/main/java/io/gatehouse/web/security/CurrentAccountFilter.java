package io.gatehouse.web.security;

import io.gatehouse.query.account.AccountDirectory;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Replaces the session's idea of the account with the account directory's, on every request: one
 * primary-key read. This is what makes a suspension or a revoked role take effect on the next request,
 * on every node, with no re-login and no cache to expire. An account that no longer exists is signed out.
 * The roles are withheld while the session still has a {@link SignInGate} to pass.
 */
class CurrentAccountFilter extends OncePerRequestFilter {

    private final AccountDirectory directory;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    CurrentAccountFilter(AccountDirectory directory) {
        this.directory = directory;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication current = holder.getContext().getAuthentication();
        if (current != null && current.getPrincipal() instanceof AccountPrincipal principal) {
            SecurityContext fresh = holder.createEmptyContext();
            directory.findAccount(principal.accountId()).ifPresent(account -> fresh.setAuthentication(
                    AccountAuthorities.authenticationFor(account, SignInGate.of(account, request.getSession(false)))));
            holder.setContext(fresh);
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}

package io.gatehouse.web.api;

import io.gatehouse.account.AccountStatus;
import io.gatehouse.account.ApiScope;
import io.gatehouse.account.Role;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Set;
import java.util.UUID;

/**
 * Who calls the API, as checked on this request: the token's account with its current state and roles, and
 * the scopes the token may use now (its own, cut down to what those roles allow; none unless ACTIVE).
 */
public record ApiCaller(UUID accountId, UUID tokenId, String email, AccountStatus status, Set<Role> roles,
                        Set<ApiScope> tokenScopes, Set<ApiScope> scopes) implements AuthenticatedPrincipal {

    @Override
    public String getName() {
        return accountId.toString();
    }

    /** The caller of the current API request; only ever called behind the API's chain. */
    public static ApiCaller current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ApiCaller caller) {
            return caller;
        }
        throw new IllegalStateException("No API caller: this is only reached through the API's security chain");
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }
}

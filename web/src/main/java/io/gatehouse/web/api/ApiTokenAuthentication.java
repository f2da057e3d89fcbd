package io.gatehouse.web.api;

import io.gatehouse.account.ApiScope;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.io.Serial;

/** An API request's authentication: its authorities are {@code SCOPE_<code>} for each scope usable now. */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final ApiCaller caller;

    ApiTokenAuthentication(ApiCaller caller) {
        super(caller.scopes().stream().map(ApiTokenAuthentication::authority).map(SimpleGrantedAuthority::new).toList());
        this.caller = caller;
        setAuthenticated(true);
    }

    static String authority(ApiScope scope) {
        return "SCOPE_" + scope.code();
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public ApiCaller getPrincipal() {
        return caller;
    }
}

package io.gatehouse.web.security;

import io.gatehouse.account.AccountStatus;
import io.gatehouse.query.account.AccountView;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns an account's current state into what Spring Security checks: roles count only while ACTIVE, and
 * not at all while a {@link SignInGate} is in the way.
 */
public final class AccountAuthorities {

    private AccountAuthorities() {
    }

    public static Authentication authenticationFor(AccountView account, SignInGate gate) {
        AccountPrincipal principal = new AccountPrincipal(account.getAccountId(), account.getEmail(),
                account.getDisplayName(), account.getStatus());
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, of(account, gate));
    }

    static List<GrantedAuthority> of(AccountView account, SignInGate gate) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("STATUS_" + account.getStatus()));
        if (gate != SignInGate.NONE) {
            authorities.add(new SimpleGrantedAuthority(gate.authority()));
        } else if (account.getStatus() == AccountStatus.ACTIVE) {
            account.getRoles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        }
        return authorities;
    }

    /** The gate this authentication is held at, as {@link CurrentAccountFilter} worked it out. */
    public static SignInGate gateOf(Authentication authentication) {
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            for (SignInGate gate : SignInGate.values()) {
                if (gate.authority().equals(authority.getAuthority())) {
                    return gate;
                }
            }
        }
        return SignInGate.NONE;
    }
}

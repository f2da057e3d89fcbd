package io.gatehouse.web.security;

import io.gatehouse.account.AccountStatus;
import io.gatehouse.query.account.AccountView;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.ArrayList;
import java.util.List;

/** Turns an account's current state into what Spring Security checks: roles count only while ACTIVE. */
final class AccountAuthorities {

    private AccountAuthorities() {
    }

    static Authentication authenticationFor(AccountView account) {
        AccountPrincipal principal = new AccountPrincipal(account.getAccountId(), account.getEmail(),
                account.getDisplayName(), account.getStatus());
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, of(account));
    }

    static List<GrantedAuthority> of(AccountView account) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("STATUS_" + account.getStatus()));
        if (account.getStatus() == AccountStatus.ACTIVE) {
            account.getRoles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        }
        return authorities;
    }
}

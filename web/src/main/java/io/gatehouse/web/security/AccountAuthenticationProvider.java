package io.gatehouse.web.security;

import io.gatehouse.account.AccountStatus;
import io.gatehouse.account.Role;
import io.gatehouse.query.account.AccountView;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks an e-mail and password, then stands the account up as an {@link AccountPrincipal}. The admin
 * area's variant lets in only ACTIVE admins, and says no to everyone else in exactly the words it uses
 * for a wrong password.
 */
class AccountAuthenticationProvider extends DaoAuthenticationProvider {

    private final boolean activeAdminsOnly;

    AccountAuthenticationProvider(AccountUserDetailsService users, PasswordEncoder encoder, boolean activeAdminsOnly) {
        super(users);
        setPasswordEncoder(encoder);
        this.activeAdminsOnly = activeAdminsOnly;
    }

    @Override
    protected Authentication createSuccessAuthentication(Object principal, Authentication authentication,
                                                         UserDetails user) {
        AccountView account = ((AccountUserDetailsService.AccountUser) user).account();
        if (activeAdminsOnly && !(account.getStatus() == AccountStatus.ACTIVE && account.holds(Role.ADMIN))) {
            throw new BadCredentialsException("Bad credentials");
        }
        return AccountAuthorities.authenticationFor(account);
    }
}

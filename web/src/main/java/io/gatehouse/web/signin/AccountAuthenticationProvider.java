package io.gatehouse.web.signin;

import io.gatehouse.account.AccountStatus;
import io.gatehouse.account.Role;
import io.gatehouse.query.account.AccountView;
import io.gatehouse.signin.SignInFailure;
import io.gatehouse.web.security.AccountAuthorities;
import io.gatehouse.web.security.SignInGate;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks an e-mail and password, then stands the account up as an {@code AccountPrincipal}. Whether the
 * account may sign in here is decided only after the password was checked (and always costs one hash,
 * even for an unknown address), so the answer's timing tells nothing about the account. The admin area's
 * variant lets in only ACTIVE admins.
 */
class AccountAuthenticationProvider extends DaoAuthenticationProvider {

    private final boolean activeAdminsOnly;

    AccountAuthenticationProvider(AccountUserDetailsService users, PasswordEncoder encoder, boolean activeAdminsOnly) {
        super(users);
        setPasswordEncoder(encoder);
        setUserDetailsPasswordService(users);
        this.activeAdminsOnly = activeAdminsOnly;
    }

    @Override
    protected Authentication createSuccessAuthentication(Object principal, Authentication authentication,
                                                         UserDetails user) {
        AccountUserDetailsService.AccountUser accountUser = (AccountUserDetailsService.AccountUser) user;
        AccountView account = accountUser.account();
        if (!account.getStatus().canSignIn()) {
            throw new SignInRefused(SignInFailure.NOT_ACTIVE, account.getAccountId());
        }
        if (activeAdminsOnly && !(account.getStatus() == AccountStatus.ACTIVE && account.holds(Role.ADMIN))) {
            throw new SignInRefused(SignInFailure.NOT_PERMITTED_HERE, account.getAccountId());
        }
        // Spring's own success step stores the password hashed again when the stored hash is weaker than today's
        // settings (or BCrypt); its authentication is not the one this provider hands on.
        super.createSuccessAuthentication(principal, authentication, user);
        // No roles yet: the next request works them out, with any step (a code, a new password) still to take.
        return AccountAuthorities.authenticationFor(account, SignInGate.SECOND_FACTOR);
    }
}

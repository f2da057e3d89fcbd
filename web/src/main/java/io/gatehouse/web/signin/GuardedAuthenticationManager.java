package io.gatehouse.web.signin;

import io.gatehouse.query.account.AccountDirectory;
import io.gatehouse.query.account.AccountView;
import io.gatehouse.signin.SignInFailure;
import io.gatehouse.web.throttle.Throttle;
import io.gatehouse.web.throttle.ThrottledException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

import java.util.UUID;

/**
 * Checks a password only once the throttle let it through, and names what went wrong for the record. A
 * browser where the account's owner signed in before draws on its own allowance; any other attempt on the
 * account's strangers' allowance and its client's.
 */
class GuardedAuthenticationManager implements AuthenticationManager {

    private final AuthenticationManager passwords;
    private final Throttle throttle;
    private final Allowances allowances;
    private final AccountDirectory directory;

    GuardedAuthenticationManager(AuthenticationManager passwords, Throttle throttle, Allowances allowances,
                                 AccountDirectory directory) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.allowances = allowances;
        this.directory = directory;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        SignInDetails details = (SignInDetails) attempt.getDetails();
        UUID accountId = directory.findAccountByEmail(attempt.getName()).map(AccountView::getAccountId).orElse(null);
        try {
            return throttle.guard(allowances.forPassword(attempt.getName(), accountId, details),
                    () -> passwords.authenticate(attempt));
        } catch (ThrottledException throttled) {
            throw new SignInRefused(SignInFailure.THROTTLED, accountId);
        } catch (SignInRefused refused) {
            throw refused;
        } catch (BadCredentialsException wrong) {
            throw new SignInRefused(accountId == null ? SignInFailure.UNKNOWN_ACCOUNT : SignInFailure.WRONG_PASSWORD,
                    accountId);
        }
    }

}

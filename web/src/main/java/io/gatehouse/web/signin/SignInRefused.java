package io.gatehouse.web.signin;

import io.gatehouse.signin.SignInFailure;
import org.springframework.security.authentication.BadCredentialsException;

import java.util.UUID;

/**
 * A refused sign-in and why, for the record. A {@link BadCredentialsException}, so that it is answered
 * exactly like a wrong password: the person trying learns nothing from the cause.
 */
class SignInRefused extends BadCredentialsException {

    private final SignInFailure cause;
    private final transient UUID accountId;

    SignInRefused(SignInFailure cause, UUID accountId) {
        super("Bad credentials");
        this.cause = cause;
        this.accountId = accountId;
    }

    SignInFailure failure() {
        return cause;
    }

    /** Null when the address typed matched no account. */
    UUID accountId() {
        return accountId;
    }
}

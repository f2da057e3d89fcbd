package io.gatehouse.signin;

/** Why a sign-in was refused. The person trying is told none of this: every cause reads the same to them. */
public enum SignInFailure {
    /** No account has the address that was typed (the address itself is not recorded). */
    UNKNOWN_ACCOUNT,
    WRONG_PASSWORD,
    /** The password was right, but the account cannot sign in (its address is unconfirmed, or it lapsed). */
    NOT_ACTIVE,
    /** The password was right, but this sign-in form is not for this account (the admin area's, for a non-admin). */
    NOT_PERMITTED_HERE,
    /** Too many failures for the account or from the client: the password was not even checked. */
    THROTTLED,
    /** The second step: a wrong, reused or expired code. */
    WRONG_CODE
}

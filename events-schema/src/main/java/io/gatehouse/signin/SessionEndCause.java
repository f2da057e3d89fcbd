package io.gatehouse.signin;

/** Why a session was ended for its owner. */
public enum SessionEndCause {
    /** The owner ended it from the list of their sessions. */
    ENDED_BY_OWNER,
    /** The owner changed their password in another session. */
    PASSWORD_CHANGED,
    /** The password was reset through a mailed link. */
    PASSWORD_RESET,
    ACCOUNT_SUSPENDED,
    ACCOUNT_REJECTED,
    /** An admin removed the account's second factor. */
    SECOND_FACTOR_RESET,
    /** An admin erased the account. */
    ACCOUNT_ERASED,
    /** The person withdrew their request to join. */
    ACCOUNT_WITHDRAWN
}

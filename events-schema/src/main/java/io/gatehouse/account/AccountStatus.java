package io.gatehouse.account;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Where an account stands. Only {@link #ACTIVE} accounts reach the platform. */
public enum AccountStatus {
    /** Signed up; the e-mail address is not confirmed yet. */
    UNVERIFIED,
    /** Confirmed; waiting for an admin. */
    PENDING,
    ACTIVE,
    REJECTED,
    SUSPENDED,
    /** Never confirmed within the deadline; the e-mail address is free again. */
    EXPIRED,
    /** The person withdrew their request before an admin decided it; the e-mail address is free again. */
    WITHDRAWN,
    /** The person's data was destroyed; the history of acts stays, with "erased account" in their place. */
    ERASED;

    /**
     * Whether the account holds its e-mail address: every state but {@link #EXPIRED}, {@link #WITHDRAWN} and
     * {@link #ERASED}.
     */
    public boolean holdsEmailAddress() {
        return this != EXPIRED && this != WITHDRAWN && this != ERASED;
    }

    /** The states that let go of their address ({@link #holdsEmailAddress}), as a set for queries to exclude. */
    public static Set<AccountStatus> freeingTheirAddress() {
        return Arrays.stream(values()).filter(status -> !status.holdsEmailAddress())
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Whether a password may open a session for it: not before the address is confirmed, nor after it lapsed,
     * was withdrawn or was erased.
     */
    public boolean canSignIn() {
        return this != UNVERIFIED && holdsEmailAddress();
    }
}

package io.gatehouse.account;

import java.util.UUID;

/** Who acts: an account id, or {@link #SYSTEM} for acts the service does on its own (the first admin, expiries). */
public final class Actors {

    public static final String SYSTEM = "system";

    /** Someone not (yet) known to be anyone: who made a failed sign-in attempt. */
    public static final String ANONYMOUS = "anonymous";

    private Actors() {
    }

    public static String of(UUID accountId) {
        return accountId.toString();
    }

    public static boolean isAccount(String actorId, UUID accountId) {
        return accountId != null && accountId.toString().equals(actorId);
    }
}

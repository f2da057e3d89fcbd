package io.gatehouse.account;

import java.util.Locale;
import java.util.UUID;

/** Who acts: an account id, or {@link #SYSTEM} for acts the service does on its own (the first admin). */
public final class Actors {

    public static final String SYSTEM = "system";

    private Actors() {
    }

    public static String of(UUID accountId) {
        return accountId.toString();
    }

    public static boolean isAccount(String actorId, UUID accountId) {
        return accountId != null && accountId.toString().equals(actorId);
    }

    /** E-mail addresses are compared case-insensitively after trimming; this is the one place that says how. */
    public static String normalizeEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}

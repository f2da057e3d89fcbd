package io.gatehouse.account;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** Who acts: an account id, or {@link #SYSTEM} for acts the service does on its own (the first admin). */
public final class Actors {

    public static final String SYSTEM = "system";

    /** Leading and trailing white space of any kind, no-break spaces included, as pasted addresses carry. */
    private static final Pattern EDGE_SPACE = Pattern.compile("^[\\s\\p{Z}\\uFEFF]+|[\\s\\p{Z}\\uFEFF]+$");

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
        return email == null ? null : EDGE_SPACE.matcher(email).replaceAll("").toLowerCase(Locale.ROOT);
    }
}

package io.gatehouse.command;

/** The contract's rule for reasons: required ones are non-blank, and none is longer than 500 characters. */
public final class Reasons {

    public static final int MAX_LENGTH = 500;

    private Reasons() {
    }

    public static String required(String reason, String act) {
        if (reason == null || reason.isBlank()) {
            throw CommandRefusedException.invalid("A reason is required to " + act + " an account.");
        }
        return optional(reason);
    }

    public static String optional(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        String trimmed = reason.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw CommandRefusedException.invalid("A reason can be at most " + MAX_LENGTH + " characters long.");
        }
        return trimmed;
    }
}

package io.gatehouse.command;

/**
 * A command the rules do not allow. Its message is written for the person who sent the command;
 * nothing was recorded.
 */
public class CommandRefusedException extends RuntimeException {

    /** Why: the input itself is unacceptable, or the account's current state forbids the act. */
    public enum Kind { INVALID_INPUT, CONFLICT }

    private final Kind kind;

    private CommandRefusedException(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public static CommandRefusedException invalid(String message) {
        return new CommandRefusedException(Kind.INVALID_INPUT, message);
    }

    public static CommandRefusedException conflict(String message) {
        return new CommandRefusedException(Kind.CONFLICT, message);
    }

    public Kind kind() {
        return kind;
    }
}

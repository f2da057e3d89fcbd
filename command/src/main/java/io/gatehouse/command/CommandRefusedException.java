package io.gatehouse.command;

import java.util.Optional;

/**
 * A command the rules do not allow. Its message is written for the person who sent the command;
 * nothing was recorded.
 */
public class CommandRefusedException extends RuntimeException {

    /** Why: the input itself is unacceptable, or the account's current state forbids the act. */
    public enum Kind { INVALID_INPUT, CONFLICT }

    private final Kind kind;
    private final String field;

    private CommandRefusedException(Kind kind, String field, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.field = field;
    }

    public static CommandRefusedException invalid(String message) {
        return new CommandRefusedException(Kind.INVALID_INPUT, null, message);
    }

    /** Input refused because of one of the command's fields, named as the form that sends it names it. */
    public static CommandRefusedException invalid(String field, String message) {
        return new CommandRefusedException(Kind.INVALID_INPUT, field, message);
    }

    public static CommandRefusedException conflict(String message) {
        return new CommandRefusedException(Kind.CONFLICT, null, message);
    }

    public Kind kind() {
        return kind;
    }

    /** The field at fault, so a page can show the message next to it; empty when the refusal is about no one field. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}

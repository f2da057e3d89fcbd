package io.gatehouse.command.account;

import io.gatehouse.command.CommandRefusedException;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/**
 * Matches a refusal by its kind as well as its message: the web side answers 400 for invalid input and
 * 409 for a conflict with the account's state, so a refusal of the wrong kind is a wrong answer.
 */
final class Refused {

    private Refused() {
    }

    static Matcher<CommandRefusedException> conflict(String message) {
        return refusal(CommandRefusedException.Kind.CONFLICT, message);
    }

    static Matcher<CommandRefusedException> invalid(String message) {
        return refusal(CommandRefusedException.Kind.INVALID_INPUT, message);
    }

    /** Invalid input of one field, which a form shows next to that field. */
    static Matcher<CommandRefusedException> invalidAt(String field, String message) {
        return refusal(CommandRefusedException.Kind.INVALID_INPUT, field, message);
    }

    private static Matcher<CommandRefusedException> refusal(CommandRefusedException.Kind kind, String message) {
        return refusal(kind, null, message);
    }

    /** A null {@code field} leaves the field unchecked. */
    private static Matcher<CommandRefusedException> refusal(CommandRefusedException.Kind kind, String field,
                                                            String message) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(CommandRefusedException refused) {
                return refused.kind() == kind && message.equals(refused.getMessage())
                        && (field == null || refused.field().filter(field::equals).isPresent());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("refused as " + kind + (field == null ? "" : " at " + field)
                        + " with message ").appendValue(message);
            }

            @Override
            protected void describeMismatchSafely(CommandRefusedException refused, Description mismatch) {
                mismatch.appendText("was refused as " + refused.kind() + refused.field().map(f -> " at " + f).orElse("")
                        + " with message ").appendValue(refused.getMessage());
            }
        };
    }
}

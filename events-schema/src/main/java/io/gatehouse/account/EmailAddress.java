package io.gatehouse.account;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An e-mail address as Gatehouse compares it: NFKC-normalised (full-width and other compatibility forms
 * folded), trimmed of white space of any kind, lower-cased. Addresses with invisible or
 * direction-changing characters are refused outright: they exist to look like another address.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern EDGE_SPACE = Pattern.compile("^[\\s\\p{Z}\\uFEFF]+|[\\s\\p{Z}\\uFEFF]+$");

    public EmailAddress {
        if (problem(value).isPresent() || !value.equals(normalize(value))) {
            throw new IllegalArgumentException("Not a normalized e-mail address");
        }
    }

    /** The address someone typed, normalized; empty when it is not acceptable (see {@link #problem}). */
    public static Optional<EmailAddress> parse(String typed) {
        String normalized = normalize(typed);
        return problem(normalized).isPresent() ? Optional.empty() : Optional.of(new EmailAddress(normalized));
    }

    /** The one place that says how addresses are compared. Null stays null. */
    public static String normalize(String typed) {
        if (typed == null) {
            return null;
        }
        String folded = Normalizer.normalize(typed, Normalizer.Form.NFKC);
        return EDGE_SPACE.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** What is wrong with this address, in words for the person who typed it; empty when it is acceptable. */
    public static Optional<String> problem(String typed) {
        String normalized = normalize(typed);
        if (normalized == null || normalized.isEmpty()) {
            return Optional.of("Enter your e-mail address.");
        }
        if (DisplayText.hasHiddenCharacters(normalized, false)) {
            return Optional.of("The address contains invisible or direction-changing characters; type it again by hand.");
        }
        if (normalized.length() > MAX_LENGTH || !SHAPE.matcher(normalized).matches()) {
            return Optional.of("Enter a valid e-mail address, such as name@example.org.");
        }
        return Optional.empty();
    }

    /** Whether letters of more than one script stand side by side in one part (a Cyrillic "е" in a Latin domain). */
    public boolean isMixedScript() {
        return isMixedScript(value);
    }

    /** The same question for an address as stored by an older version, which may not pass {@link #parse} today. */
    public static boolean isMixedScript(String address) {
        for (String part : address.split("[@.]")) {
            if (DisplayText.scriptsIn(part).size() > 1) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return value;
    }
}

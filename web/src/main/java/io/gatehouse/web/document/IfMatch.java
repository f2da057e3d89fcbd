package io.gatehouse.web.document;

import io.gatehouse.web.api.PreconditionRequiredException;
import io.gatehouse.web.support.FieldException;

/**
 * The version a write was based on, from its {@code If-Match}: {@code "3"} (or {@code W/"3"}) is version 3,
 * {@code *} is "whatever is current" (null). None at all is refused with 428, so no client overwrites a
 * change it never saw by forgetting the header.
 */
final class IfMatch {

    private IfMatch() {
    }

    static Long version(String header) {
        if (header == null || header.isBlank()) {
            throw new PreconditionRequiredException("Send If-Match with the ETag of the version you changed "
                    + "(GET the document for it), or If-Match: * to replace whatever is current.");
        }
        String tag = header.strip();
        if (tag.equals("*")) {
            return null;
        }
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() < 3 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
            throw new FieldException("If-Match", "Send the ETag as the document's GET gave it, quotes included.");
        }
        try {
            long version = Long.parseLong(tag.substring(1, tag.length() - 1));
            if (version < 0) {
                throw new NumberFormatException();
            }
            return version;
        } catch (NumberFormatException notOurs) {
            throw new FieldException("If-Match", "This is not an ETag this API gave out.");
        }
    }
}

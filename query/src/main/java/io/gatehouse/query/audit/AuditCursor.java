package io.gatehouse.query.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A place in the trail's order, newest first by (occurred_at, id): pages start after one instead of
 * counting rows to skip. Written as {@code <ISO instant>_<id>} so a link stays readable.
 */
public record AuditCursor(Instant occurredAt, long id) {

    /** PostgreSQL's timestamps end here. */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    public static Optional<AuditCursor> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        int split = text.lastIndexOf('_');
        if (split <= 0) {
            throw new IllegalArgumentException("not a cursor");
        }
        try {
            Instant at = Instant.parse(text.substring(0, split).strip());
            if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
                throw new IllegalArgumentException("not a cursor");
            }
            return Optional.of(new AuditCursor(at, Long.parseLong(text.substring(split + 1).strip())));
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("not a cursor", e);
        }
    }

    @Override
    public String toString() {
        return occurredAt + "_" + id;
    }
}

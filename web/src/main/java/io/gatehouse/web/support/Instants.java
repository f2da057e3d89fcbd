package io.gatehouse.web.support;


import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Reads the instants auditors type: a full ISO-8601 instant or offset date-time, or (as a browser's
 * date-time field sends it, {@code 2026-11-29T10:30} or {@code 2026-11-29T10:30:15}) a local date-time or a
 * date, both taken as UTC. The one parser of typed instants: pages, downloads and exports use it alike.
 */
public final class Instants {

    private Instants() {
    }

    /** PostgreSQL's timestamps end here; the years people mean lie well inside. */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    public static final String ADVICE = "Enter a date and time like 2026-11-29T10:30 (UTC), a date like 2026-11-29, or an ISO-8601 instant.";
    static final String RANGE_ADVICE = "Enter a date between the years 1 and 9999.";

    /** Null for a blank value; a {@link FieldException} naming {@code field} for one that is not an instant. */
    public static Instant parse(String value, String field, boolean endOfDay) {
        Instant instant = parseAny(value, field, endOfDay);
        if (instant != null && (instant.isBefore(EARLIEST) || instant.isAfter(LATEST))) {
            throw new FieldException(field, RANGE_ADVICE);
        }
        return instant;
    }

    private static Instant parseAny(String value, String field, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notInstant) {
            // try the friendlier forms below
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            // try the friendlier forms below
        }
        try {
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notLocal) {
            // try the friendlier forms below
        }
        try {
            LocalDate date = LocalDate.parse(text);
            Instant start = date.atStartOfDay().toInstant(ZoneOffset.UTC);
            if (!endOfDay) {
                return start;
            }
            // the day's last instant; on the last day kept, the last instant kept (so "to 9999-12-31" is a fine date)
            Instant end = start.plus(Duration.ofDays(1)).minusNanos(1);
            return start.equals(LATEST.truncatedTo(ChronoUnit.DAYS)) ? LATEST : end;
        } catch (DateTimeException notDate) {
            throw new FieldException(field, ADVICE);
        }
    }
}

package io.gatehouse.web.record;

import io.gatehouse.web.support.BadRequestException;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The period an export covers, as typed: ISO-8601 instants (or offset or local date-times, or dates, taken as
 * UTC, as a browser's date field sends them); both ends optional and inclusive.
 */
record Period(Instant from, Instant to) {

    static Period parse(String from, String to) {
        Period period = new Period(instant(from, "from", false), instant(to, "to", true));
        if (period.from != null && period.to != null && period.from.isAfter(period.to)) {
            throw new BadRequestException("\u201cfrom\u201d must not be later than \u201cto\u201d.");
        }
        return period;
    }

    private static Instant instant(String value, String field, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notInstant) {
            // the friendlier forms below
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            // the friendlier forms below
        }
        try {
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notLocal) {
            // the friendlier forms below
        }
        try {
            LocalDate date = LocalDate.parse(text);
            return (endOfDay ? date.plusDays(1).atStartOfDay().minusNanos(1) : date.atStartOfDay()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException notDate) {
            throw new BadRequestException("\u201c" + field + "\u201d must be an ISO-8601 instant such as "
                    + "2026-01-31T09:30:00Z (or a date such as 2026-01-31).");
        }
    }
}

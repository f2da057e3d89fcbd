package io.gatehouse.web.record;

import io.gatehouse.web.support.BadRequestException;
import io.gatehouse.web.support.Instants;

import java.time.Instant;

/**
 * The period an export covers, as typed: ISO-8601 instants (or offset or local date-times, or dates, taken as
 * UTC, as a browser's date field sends them); both ends optional and inclusive.
 */
record Period(Instant from, Instant to) {

    static Period parse(String from, String to) {
        Period period = new Period(Instants.parse(from, "from", false), Instants.parse(to, "to", true));
        if (period.from != null && period.to != null && period.from.isAfter(period.to)) {
            throw new BadRequestException("\u201cfrom\u201d must not be later than \u201cto\u201d.");
        }
        return period;
    }
}

package io.gatehouse.web.support;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An instant as every page shows it: {@code <time datetime="{{iso}}">{{utc}}</time>} (the partial
 * {@code layout/time}), the ISO instant for machines and the script that adds the reader's local time, UTC words
 * for people. The one place times are formatted for pages.
 */
public record Moment(Instant instant) {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** Null for null, so a template's {@code {{#since}}…{{/since}}} shows nothing for a time never set. */
    public static Moment of(Instant instant) {
        return instant == null ? null : new Moment(instant);
    }

    public String iso() {
        return instant.toString();
    }

    public String utc() {
        return UTC.format(instant);
    }

    @Override
    public String toString() {
        return utc();
    }
}

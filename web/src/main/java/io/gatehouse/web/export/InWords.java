package io.gatehouse.web.export;

import io.gatehouse.web.support.Plural;

import java.time.Duration;

/** A wait as people say it: "42 seconds", "3 minutes", "9 hours and 12 minutes"; always rounded up. */
final class InWords {

    private InWords() {
    }

    static String duration(Duration wait) {
        long seconds = seconds(wait);
        if (seconds < 60) {
            return Plural.of(seconds, "second", "seconds");
        }
        long minutes = (seconds + 59) / 60;
        if (minutes < 60) {
            return Plural.of(minutes, "minute", "minutes");
        }
        long hours = minutes / 60;
        long rest = minutes % 60;
        return Plural.of(hours, "hour", "hours") + (rest == 0 ? "" : " and " + Plural.of(rest, "minute", "minutes"));
    }

    /** Whole seconds rounded up, at least one: what Retry-After and the headers' {@code t} say. */
    static long seconds(Duration wait) {
        long millis = Math.max(0, wait.toMillis());
        return Math.max(1, (millis + 999) / 1000);
    }
}

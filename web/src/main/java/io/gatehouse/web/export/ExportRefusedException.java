package io.gatehouse.web.export;

import io.gatehouse.web.support.Moment;
import io.gatehouse.web.support.Plural;

import java.time.Duration;
import java.time.Instant;

/**
 * An export refused by a limit: answer {@code 429} with {@link RateLimitHeaders#write}, and show
 * {@link #getMessage()} to the person (it says which limit and when to try again). Nothing was counted.
 */
public class ExportRefusedException extends RuntimeException {

    /** Which limit refused it. */
    public enum Limit {
        /** the account's exports per minute */
        PER_MINUTE,
        /** the account's exports per (UTC) day */
        PER_DAY,
        /** the account's exports running at once */
        AT_ONCE,
        /** every export slot of this instance stayed busy for the whole wait */
        BUSY
    }

    private final Limit limit;
    private final Instant retryAt;
    private final Duration retryAfter;
    private final transient ExportQuota quota;

    ExportRefusedException(Limit limit, Instant now, Duration retryAfter, ExportQuota quota) {
        super(message(limit, now, retryAfter, quota), null, false, false);
        this.limit = limit;
        this.retryAfter = retryAfter;
        this.retryAt = now.plus(retryAfter);
        this.quota = quota;
    }

    public Limit limit() {
        return limit;
    }

    /** How long to wait before trying again; what {@code Retry-After} says, in whole seconds rounded up. */
    public Duration retryAfter() {
        return retryAfter;
    }

    public Instant retryAt() {
        return retryAt;
    }

    /** The account's quota as it stands (this refused export not counted); null for {@link Limit#BUSY} only if unknown. */
    public ExportQuota quota() {
        return quota;
    }

    /** A short heading for a page or a problem's title. */
    public String title() {
        return switch (limit) {
            case PER_MINUTE, PER_DAY -> "Export limit reached";
            case AT_ONCE -> "Too many of your exports are running";
            case BUSY -> "Too many exports at the moment";
        };
    }

    private static String exports(int count) {
        return Plural.of(count, "export", "exports");
    }

    private static String message(Limit limit, Instant now, Duration wait, ExportQuota quota) {
        String when = "in " + InWords.duration(wait);
        String at = "at " + new Moment(now.plus(wait)).utc() + " (" + when + ")";
        return switch (limit) {
            case PER_MINUTE -> "You have made " + exports(quota.limits().perMinute()) + " this minute, your limit per "
                    + "minute. You can export again " + at + ".";
            case PER_DAY -> "You have made " + exports(quota.limits().perDay()) + " today (UTC), your limit per day. "
                    + "You can export again " + at + ".";
            case AT_ONCE -> "You already have " + exports(quota.limits().atOnce()) + " running, as many as you may run "
                    + "at once. Try again when one has finished, " + when + ".";
            case BUSY -> "So many people are exporting right now that yours could not start. Please try again "
                    + when + ".";
        };
    }
}

package io.gatehouse.web.export;

import io.gatehouse.account.ExportLimits;

import java.time.Duration;
import java.time.Instant;

/**
 * The two counting windows: the clock's minute and the UTC day. Fixed, aligned windows whose whole allowance comes
 * back at the window's end (Bucket4j's aligned interval refill), so "today's exports" on a dashboard is exactly what
 * the day limit counts, and a refusal can name the moment the count starts again.
 */
enum QuotaWindow {
    MINUTE("minute", Duration.ofMinutes(1), ExportLimits.MAX_PER_MINUTE),
    DAY("day", Duration.ofDays(1), ExportLimits.MAX_PER_DAY);

    private final String policy;
    private final Duration length;
    private final int capacity;

    QuotaWindow(String policy, Duration length, int capacity) {
        this.policy = policy;
        this.length = length;
        this.capacity = capacity;
    }

    /** The name of its policy in the RateLimit headers. */
    String policy() {
        return policy;
    }

    Duration length() {
        return length;
    }

    /** What the bucket holds: the largest limit an admin can set, so that one bucket serves every limit. */
    int capacity() {
        return capacity;
    }

    int limit(ExportLimits limits) {
        return this == MINUTE ? limits.perMinute() : limits.perDay();
    }

    Instant start(Instant now) {
        long length = this.length.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), length) * length);
    }

    Instant end(Instant now) {
        return start(now).plus(length);
    }
}

package io.gatehouse.web.export;

import io.gatehouse.account.ExportLimits;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Where an account stands with its export limits at one moment: its limits, whether an admin set them, and per
 * counting window ("minute", "day") how many exports are left and when the window ends. What the RateLimit headers
 * say ({@link RateLimitHeaders}).
 */
public record ExportQuota(ExportLimits limits, boolean setByAdmin, List<Window> windows) {

    public ExportQuota {
        windows = List.copyOf(windows);
    }

    /** One counting window: {@code quota} exports per {@code length}, {@code remaining} left until {@code resetAt}. */
    public record Window(String name, int quota, Duration length, int remaining, Instant resetAt, Duration resetIn) {
    }
}

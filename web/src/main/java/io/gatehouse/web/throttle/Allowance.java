package io.gatehouse.web.throttle;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;

import java.time.Duration;

/**
 * So many attempts per window, refilled gradually. {@code name} prefixes the bucket keys, so two
 * allowances never share a bucket.
 */
public record Allowance(String name, int attempts, Duration window) {

    public Allowance {
        if (attempts < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("An allowance needs at least one attempt per positive window: " + name);
        }
    }

    public ThrottleKey key(String subject) {
        return new ThrottleKey(this, subject);
    }

    BucketConfiguration configuration() {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(attempts).refillGreedy(attempts, window).build())
                .build();
    }
}

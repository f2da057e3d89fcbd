package io.gatehouse.it;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The app's clock in tests: it follows real time, and a test can move it forward (never back) to reach a
 * deadline without waiting for it: a link's expiry, a lapsed sign-up, the next 30-second code, an admin's
 * 15-minute step-up. One for the whole test JVM, so every app a test starts agrees on the time.
 */
public final class TestClock extends Clock {

    public static final TestClock INSTANCE = new TestClock();

    private final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);

    private TestClock() {
    }

    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("The test clock only moves forward");
        }
        ahead.accumulateAndGet(duration, Duration::plus);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("Gatehouse keeps time in UTC");
    }
}

package io.gatehouse.web.export;

import io.gatehouse.web.export.ExportRefusedException.Limit;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The cap on exports running at once on this instance, whoever asks: an export is mostly CPU (counting it, the
 * rendering, recording it), and without a cap a crowd of exports would slow every page of the site. Fair, so
 * exports start in the order they came; one that cannot start within the wait is refused (429 with Retry-After),
 * never left to hang or fail.
 */
@Component
class RenderSlots {

    private final Semaphore slots;
    private final int size;
    private final long waitMillis;
    private final ExportSettings settings;
    private final Clock clock;

    RenderSlots(ExportSettings settings, Clock clock) {
        this.size = settings.renderSlots();
        this.slots = new Semaphore(size, true);
        this.waitMillis = settings.queueWait().toMillis();
        this.settings = settings;
        this.clock = clock;
    }

    /** Runs {@code export} in a slot; a refusal for want of one reports the {@code quota} as it stands. */
    <T> T run(Supplier<T> export, Supplier<ExportQuota> quota) {
        if (!acquire()) {
            throw new ExportRefusedException(Limit.BUSY, clock.instant(), settings.busyRetryAfter(), quota.get());
        }
        try {
            return export.get();
        } finally {
            slots.release();
        }
    }

    private boolean acquire() {
        try {
            return slots.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    int size() {
        return size;
    }

    int running() {
        return size - slots.availablePermits();
    }

    int waiting() {
        return slots.getQueueLength();
    }
}

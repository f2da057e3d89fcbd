package io.gatehouse.web.export;

import io.gatehouse.web.export.ExportRefusedException.Limit;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The cap on exports running at once on this instance, whoever asks: an export is mostly CPU (counting it, the
 * rendering, recording it), and without a cap a crowd of exports would slow every page of the site. Fair, so
 * exports start in the order they came; one that cannot start within the wait is refused (429 with Retry-After),
 * never left to hang or fail. The exports run on threads of their own at a lower priority, so that the pages
 * served beside them get the processor first.
 */
@Component
class RenderSlots {

    /**
     * The export threads' nice value. Measured with bench/exports.py (2 cores, 16 clients exporting, a signed-in
     * page probed beside them; p99 loaded ÷ alone, two runs each): 2.65× and 2.79× at the normal priority, 1.82× and
     * 1.54× at 10, 1.74× and 1.59× at 19, which also rendered the fewest exports.
     */
    static final int NICE = 10;

    private final Semaphore slots;
    /** One thread per slot, at a lower priority than the request threads (see {@link BackgroundPriority}). */
    private final ExecutorService workers;
    private final int size;
    private final long waitMillis;
    private final ExportSettings settings;
    private final Clock clock;

    RenderSlots(ExportSettings settings, Clock clock) {
        this.size = settings.renderSlots();
        this.slots = new Semaphore(size, true);
        this.workers = Executors.newFixedThreadPool(size, new BackgroundPriority("export", NICE));
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
            return workers.submit(export::get).get();
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException e) {
                throw e;
            }
            throw new IllegalStateException("An export failed", failed.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while exporting", e);
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

package io.gatehouse.web.projections;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Waits, bounded, until streaming processors have processed the store up to its head as it is now: the
 * page that follows an act (or any page that shows a streaming read model) then shows the act, though the
 * read model follows the store asynchronously. Nothing to wait for in the usual case, where the processor
 * is already there; during a replay it does not wait at all (the page shows the model as far as it is).
 */
@Component
public class CatchUp {

    private static final Logger log = LoggerFactory.getLogger(CatchUp.class);
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private final ProcessorPositions positions;
    private final ProjectionErrors errors;
    private final Duration limit;

    CatchUp(ProcessorPositions positions, ProjectionErrors errors, ProjectionSettings settings) {
        this.positions = positions;
        this.errors = errors;
        this.limit = settings.catchUpWait();
    }

    /** True when every processor named has reached the head (or is replaying); false when the wait ran out. */
    public boolean awaitHead(Collection<String> processors) {
        try {
            return await(processors, positions.head(), limit);
        } catch (RuntimeException e) {
            // the wait is a courtesy: a page is better shown a moment stale than not at all
            log.warn("Could not tell how far {} have got; the page shows them as they are", processors, e);
            return false;
        }
    }

    /** Whether the processor has worked off the store as it is now, with no replay running and no error. */
    public boolean isCaughtUp(String processor) {
        StreamPosition at = positions.of(processor);
        return at.error() == null && errors.current(processor, at.position().orElse(-1)).isEmpty()
                && at.reached(positions.head());
    }

    boolean await(Collection<String> processors, long target, Duration max) {
        if (target < 0) {
            return true;
        }
        long deadline = System.nanoTime() + max.toNanos();
        for (String processor : processors) {
            while (!arrived(processor, target)) {
                if (System.nanoTime() - deadline > 0) {
                    log.warn("Projection {} has not reached position {} within {}; the page shows it as it is",
                            processor, target, max);
                    return false;
                }
                LockSupport.parkNanos(POLL_NANOS);
            }
        }
        return true;
    }

    /** Also true when waiting is pointless: during a replay, or while the processor is stuck on a failure. */
    private boolean arrived(String processor, long target) {
        StreamPosition at = positions.of(processor);
        return at.replaying() || at.reached(target) || at.error() != null
                || errors.current(processor, at.position().orElse(-1)).isPresent();
    }
}

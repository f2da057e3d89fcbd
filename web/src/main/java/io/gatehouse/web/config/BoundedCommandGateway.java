package io.gatehouse.web.config;

import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.springframework.dao.DataAccessResourceFailureException;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Lets only so many commands run at once, so that they cannot starve the connection pool. A command takes a
 * connection before it waits for its aggregate's lock, and the one holding the lock needs a second (ending
 * sessions goes through the session store's own transaction). With more commands queued on one account than
 * the pool has connections, the holder could never get its second one. Waiting here holds no connection.
 */
class BoundedCommandGateway extends DefaultCommandGateway {

    private final Semaphore running;
    private final long waitMillis;

    BoundedCommandGateway(Builder builder, int concurrent, long waitMillis) {
        super(builder);
        this.running = new Semaphore(concurrent, true);
        this.waitMillis = waitMillis;
    }

    @Override
    public <R> R sendAndWait(Object command) {
        acquire();
        try {
            return super.sendAndWait(command);
        } finally {
            running.release();
        }
    }

    @Override
    public <R> R sendAndWait(Object command, long timeout, TimeUnit unit) {
        acquire();
        try {
            return super.sendAndWait(command, timeout, unit);
        } finally {
            running.release();
        }
    }

    private void acquire() {
        try {
            if (!running.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
                // answered as 503 with Retry-After, like a database that cannot be reached: nothing was done
                throw new DataAccessResourceFailureException("Every command slot stayed busy for " + waitMillis + " ms");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataAccessResourceFailureException("Interrupted while waiting for a command slot", e);
        }
    }
}

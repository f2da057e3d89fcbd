package io.gatehouse.web.projections;

import io.gatehouse.query.replay.ProjectionReplayer;
import io.gatehouse.query.replay.RebuildProgress;
import io.gatehouse.web.projections.ReadModels.Kind;
import io.gatehouse.web.projections.ReadModels.ReadModel;
import jakarta.annotation.PreDestroy;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Starts replays while the app serves. A streaming read model is replayed by Axon: its processor stops here,
 * its reset handler empties it and its token becomes a replay token, and it starts again and works the store
 * off. A subscribing one (a security read model) is rebuilt by {@link ProjectionReplayer} in one transaction,
 * on a thread of its own; its progress is kept here.
 */
@Component
public class ProjectionReplays {

    private static final Logger log = LoggerFactory.getLogger(ProjectionReplays.class);

    private final ProcessorPositions positions;
    private final ProjectionReplayer replayer;
    private final ProjectionErrors errors;
    private final ExecutorService rebuilds = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "projection-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Rebuild> running = new ConcurrentHashMap<>();
    private final Map<String, String> failed = new ConcurrentHashMap<>();
    private final Object streamingResets = new Object();

    ProjectionReplays(ProcessorPositions positions, ProjectionReplayer replayer, ProjectionErrors errors) {
        this.positions = positions;
        this.replayer = replayer;
        this.errors = errors;
    }

    /** Why a replay cannot start: the words of the 409 page. */
    public static class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    /** Starts a replay of a known read model; refused while one runs, or when another instance holds it. */
    public void start(ReadModel model, String actor) {
        long head = positions.head();
        if (model.kind() == Kind.STREAMING) {
            replayStreaming(model.name());
        } else {
            rebuildSubscribing(model.name());
        }
        log.info("Admin {} started a replay of projection {} ({}), {} events in the store", actor, model.name(),
                model.kind().name().toLowerCase(), head + 1);
    }

    /** A subscribing rebuild in this instance, while it runs. */
    Optional<Rebuild> rebuild(String name) {
        return Optional.ofNullable(running.get(name));
    }

    /** Why the last subscribing rebuild of this model on this instance failed, if it did. */
    Optional<String> failure(String name) {
        return Optional.ofNullable(failed.get(name));
    }

    private void replayStreaming(String name) {
        StreamingEventProcessor processor = positions.processor(name).orElseThrow();
        // The check and the reset under one lock of our own: two admins pressing Replay at once reset once.
        synchronized (streamingResets) {
            if (positions.of(name).replaying()) {
                throw new Refused("A replay of " + name + " is already running; wait for it to finish.");
            }
            processor.shutDown();
            try {
                processor.resetTokens();
                errors.forget(name);
            } catch (UnableToClaimTokenException heldElsewhere) {
                throw new Refused("Another instance of Gatehouse is processing " + name
                        + " right now; replay it from that instance, or wait until it lets go.");
            } catch (RuntimeException failed) {
                log.error("Could not reset projection {}; it goes on from where it was", name, failed);
                throw new Refused("The replay of " + name + " could not start: " + ProjectionErrors.describe(failed));
            } finally {
                processor.start();
            }
        }
    }

    private void rebuildSubscribing(String name) {
        Rebuild rebuild = new Rebuild();
        if (running.putIfAbsent(name, rebuild) != null) {
            throw new Refused("A rebuild of " + name + " is already running; wait for it to finish.");
        }
        failed.remove(name);
        rebuilds.execute(() -> {
            try {
                replayer.rebuild(name, rebuild);
            } catch (RuntimeException e) {
                log.error("Rebuild of projection {} failed; its old rows stay as they were", name, e);
                failed.put(name, String.valueOf(e.getMessage()));
            } finally {
                running.remove(name);
            }
        });
    }

    @PreDestroy
    void stop() {
        rebuilds.shutdownNow();
    }

    /** How far a subscribing rebuild has got, written by its thread and read by the page. */
    static final class Rebuild implements RebuildProgress {
        private volatile long head = -1;
        private volatile long position = -1;

        @Override
        public void reset(long head) {
            this.head = head;
        }

        @Override
        public void fed(long position) {
            this.position = position;
        }

        long head() {
            return head;
        }

        long position() {
            return position;
        }
    }
}

package io.gatehouse.query.replay;

import jakarta.persistence.EntityManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Iterator;
import java.util.stream.Stream;

/**
 * Rebuilds a projection that runs in a subscribing processor (the security read models), which Axon cannot
 * replay by resetting a token: reset handlers, then every stored event through the processor's own handler
 * invoker, all in ONE transaction. Other connections keep reading the old rows until it commits (MVCC), so
 * the per-request check never meets an empty directory; commands on the group wait on the {@link RebuildLock}
 * and apply their events to the rebuilt rows. Safe while the app serves, on any instance.
 */
@Component
public class ProjectionReplayer {

    private static final Logger log = LoggerFactory.getLogger(ProjectionReplayer.class);
    /** Rows kept in Hibernate's memory before they are detached: a rebuild of 100,000 events must not keep them all. */
    private static final int CLEAR_EVERY = 500;

    private final EventProcessingConfiguration processing;
    private final EventStorageEngine storage;
    private final TransactionTemplate transactions;
    private final EntityManager entityManager;
    private final RebuildLock lock;

    ProjectionReplayer(EventProcessingConfiguration processing, EventStorageEngine storage,
                       PlatformTransactionManager transactionManager, EntityManager entityManager, RebuildLock lock) {
        this.processing = processing;
        this.storage = storage;
        this.transactions = new TransactionTemplate(transactionManager);
        this.entityManager = entityManager;
        this.lock = lock;
    }

    /** Rebuilds the named subscribing processing group; returns how many events it read. */
    public long rebuild(String processingGroup) {
        return rebuild(processingGroup, RebuildProgress.NONE);
    }

    public long rebuild(String processingGroup, RebuildProgress progress) {
        EventProcessor processor = processing.eventProcessor(processingGroup)
                .orElseThrow(() -> new IllegalArgumentException("No event processor named " + processingGroup));
        if (!(processor instanceof SubscribingEventProcessor subscribing)) {
            throw new IllegalArgumentException(processingGroup + " is a streaming processor: reset its tokens instead");
        }
        EventHandlerInvoker invoker = subscribing.eventHandlerInvoker();
        long fed = transactions.execute(status -> {
            lock.exclusive(processingGroup);
            invoker.performReset();
            entityManager.flush();
            entityManager.clear(); // the reset deleted with SQL: nothing Hibernate holds is still there
            progress.reset(position(storage.createHeadToken()));
            long read = 0;
            try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(null, false)) {
                Iterator<? extends TrackedEventMessage<?>> iterator = events.iterator();
                while (iterator.hasNext()) {
                    TrackedEventMessage<?> event = iterator.next();
                    feed(invoker, event);
                    // Live, every event commits on its own. Hibernate flushes inserts before updates, so events
                    // left unflushed could insert a re-used address before the update that freed it.
                    entityManager.flush();
                    if (++read % CLEAR_EVERY == 0) {
                        entityManager.clear();
                    }
                    progress.fed(position(event.trackingToken()));
                }
            }
            progress.beforeCommit();
            return read;
        });
        log.info("Rebuilt projection {} from {} events in one transaction", processingGroup, fed);
        return fed;
    }

    private static long position(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }

    private static void feed(EventHandlerInvoker invoker, TrackedEventMessage<?> event) {
        if (!invoker.canHandle(event, Segment.ROOT_SEGMENT)) {
            return;
        }
        DefaultUnitOfWork.startAndGet(event).execute(() -> {
            try {
                invoker.handle(event, Segment.ROOT_SEGMENT);
            } catch (Exception e) {
                throw new IllegalStateException("Replaying " + event.getIdentifier() + " failed", e);
            }
        });
    }
}

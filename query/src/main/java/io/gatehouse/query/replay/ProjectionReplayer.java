package io.gatehouse.query.replay;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Empties a projection and feeds it every stored event again, oldest first. The projections here run
 * in subscribing processors, which Axon cannot replay by resetting a token, so this does the same by
 * hand: reset handlers first, then each event through the processor's own handler invoker.
 * Run it while no commands are being handled (at start-up, or in maintenance).
 */
@Component
public class ProjectionReplayer {

    private static final Logger log = LoggerFactory.getLogger(ProjectionReplayer.class);
    private static final int BATCH = 500;

    private final EventProcessingConfiguration processing;
    private final EventStorageEngine storage;
    private final TransactionTemplate transactions;
    private final EntityManager entityManager;

    ProjectionReplayer(EventProcessingConfiguration processing, EventStorageEngine storage,
                       PlatformTransactionManager transactionManager, EntityManager entityManager) {
        this.processing = processing;
        this.storage = storage;
        this.transactions = new TransactionTemplate(transactionManager);
        this.entityManager = entityManager;
    }

    /** Rebuilds the named processing group; returns how many events it was fed. */
    public long rebuild(String processingGroup) {
        EventHandlerInvoker invoker = processing.eventProcessor(processingGroup, AbstractEventProcessor.class)
                .orElseThrow(() -> new IllegalArgumentException("No event processor named " + processingGroup))
                .eventHandlerInvoker();
        transactions.executeWithoutResult(status -> invoker.performReset());
        long fed = 0;
        try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = events.iterator();
            while (iterator.hasNext()) {
                List<TrackedEventMessage<?>> batch = new ArrayList<>(BATCH);
                while (iterator.hasNext() && batch.size() < BATCH) {
                    batch.add(iterator.next());
                }
                transactions.executeWithoutResult(status -> batch.forEach(event -> {
                    feed(invoker, event);
                    // Live, every event commits on its own. Hibernate flushes inserts before updates, so a
                    // batch left unflushed could insert a re-used address before the update that freed it.
                    entityManager.flush();
                }));
                fed += batch.size();
            }
        }
        log.info("Rebuilt projection {} from {} events", processingGroup, fed);
        return fed;
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

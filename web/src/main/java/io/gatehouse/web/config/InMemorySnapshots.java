package io.gatehouse.web.config;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The event store, with aggregate snapshots kept in this instance's memory instead of in {@code snapshot_event_entry}.
 * A command then folds only the events after the snapshot, read from the store as always: so a snapshot never hides
 * an act another instance recorded, and it never puts an account's personal data on disk unsealed (an aggregate holds
 * the plain name and address; events keep them sealed). Lost at a restart, rebuilt by the next commands.
 * <p>A snapshot is a copy of the aggregate's fields, which are all immutable values (SnapshotCopiesTest checks):
 * each load gets its own copy to fold further events into.
 */
class InMemorySnapshots implements EventStorageEngine {

    /** Enough for the accounts and documents acted on lately; each takes a few hundred bytes. */
    static final int KEPT = 10_000;

    private record Snapshot(String type, long sequence, Object aggregate) {
    }

    private final EventStorageEngine store;
    private final Map<String, Snapshot> snapshots = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Snapshot> eldest) {
            return size() > KEPT;
        }
    });

    InMemorySnapshots(EventStorageEngine store) {
        this.store = store;
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        snapshots.merge(snapshot.getAggregateIdentifier(),
                new Snapshot(snapshot.getType(), snapshot.getSequenceNumber(), copy(snapshot.getPayload())),
                (old, now) -> now.sequence() >= old.sequence() ? now : old);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        Snapshot snapshot = snapshots.get(aggregateIdentifier);
        if (snapshot == null) {
            return Optional.empty();
        }
        return Optional.of(new GenericDomainEventMessage<>(snapshot.type(), aggregateIdentifier, snapshot.sequence(),
                copy(snapshot.aggregate())));
    }

    /** An erased person's aggregate held their name: it leaves this instance's memory with the erasure. */
    void forget(String aggregateIdentifier) {
        snapshots.remove(aggregateIdentifier);
    }

    static Object copy(Object aggregate) {
        try {
            Constructor<?> constructor = aggregate.getClass().getDeclaredConstructor();
            constructor.setAccessible(true);
            Object copy = constructor.newInstance();
            for (Class<?> type = aggregate.getClass(); type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers())) {
                        field.setAccessible(true);
                        field.set(copy, field.get(aggregate));
                    }
                }
            }
            return copy;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot copy a snapshot of " + aggregate.getClass().getName(), e);
        }
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        store.appendEvents(events);
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        return store.readEvents(trackingToken, mayBlock);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return store.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return store.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return store.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return store.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return store.createTokenAt(dateTime);
    }
}

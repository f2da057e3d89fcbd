package io.gatehouse.web.projections;

import jakarta.persistence.EntityManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.jpa.TokenEntry;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The store's head and how far each streaming processor has got. */
@Component
class ProcessorPositions {

    /** How long a transaction that drew a position may plausibly still commit it. */
    private static final Duration GAP_MAY_FILL = Duration.ofSeconds(10);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final EntityManager entityManager;
    private final Serializer serializer = TokenSerialization.serializer();
    private final TransactionTemplate readOnly;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ProcessorPositions(EventProcessingConfiguration processing, EventStore eventStore, EntityManager entityManager,
                       PlatformTransactionManager transactions, JdbcTemplate jdbc, Clock clock) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The position of the last stored event; -1 for an empty store. */
    long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    Optional<StreamingEventProcessor> processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class);
    }

    StreamPosition of(String name) {
        StreamingEventProcessor processor = processor(name)
                .orElseThrow(() -> new IllegalArgumentException("No streaming processor named " + name));
        Collection<EventTrackerStatus> local = processor.processingStatus().values();
        if (!local.isEmpty()) {
            return fromLocal(local);
        }
        return fromStore(name);
    }

    private StreamPosition fromLocal(Collection<EventTrackerStatus> segments) {
        OptionalLong position = segments.stream()
                .map(status -> processedThrough(status.getTrackingToken()))
                .reduce((a, b) -> a.isPresent() && b.isPresent()
                        ? OptionalLong.of(Math.min(a.getAsLong(), b.getAsLong())) : OptionalLong.empty())
                .orElse(OptionalLong.empty());
        boolean replaying = segments.stream().anyMatch(EventTrackerStatus::isReplaying);
        OptionalLong resetAt = segments.stream().map(EventTrackerStatus::getResetPosition)
                .filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong).max();
        String error = segments.stream().filter(EventTrackerStatus::isErrorState)
                .map(s -> s.getError() == null ? "failed" : ProjectionErrors.describe(s.getError()))
                .findFirst().orElse(null);
        return new StreamPosition(position, replaying, resetAt, error, null);
    }

    /** Another instance holds the work (or none does yet): what it last stored is what can be told. */
    private StreamPosition fromStore(String name) {
        List<TokenEntry> entries = readOnly.execute(status -> entityManager.createQuery(
                        "select t from TokenEntry t where t.processorName = :name", TokenEntry.class)
                .setParameter("name", name).getResultList());
        if (entries == null || entries.isEmpty()) {
            return new StreamPosition(OptionalLong.empty(), false, OptionalLong.empty(), null, null);
        }
        TokenEntry entry = entries.get(0);
        TrackingToken token = entry.getToken(serializer);
        OptionalLong position = processedThrough(token);
        boolean replaying = ReplayToken.isReplay(token);
        OptionalLong resetAt = replaying ? ((ReplayToken) token).getTokenAtReset().position() : OptionalLong.empty();
        return new StreamPosition(position, replaying, resetAt, null, entry.getOwner());
    }

    /**
     * How far every event has been processed: below the token's first gap that may still fill. A transaction that
     * commits late leaves a gap the processor has stepped over; until it is filled the events above it are
     * processed but the one in it is not, and a page waiting for "the head" must keep waiting. A gap whose next
     * stored event is older than {@link #GAP_MAY_FILL} is a number a rolled-back transaction drew: it never fills.
     */
    OptionalLong processedThrough(TrackingToken token) {
        TrackingToken current = WrappedToken.unwrapLowerBound(token);
        if (current instanceof GapAwareTrackingToken gapAware) {
            for (Long gap : gapAware.getGaps()) {
                if (mayStillFill(gap)) {
                    return OptionalLong.of(gap - 1);
                }
            }
        }
        return current == null ? OptionalLong.empty() : current.position();
    }

    private boolean mayStillFill(long gap) {
        List<String> next = jdbc.queryForList("select time_stamp from domain_event_entry where global_index > ?"
                + " order by global_index limit 1", String.class, gap);
        try {
            return !next.isEmpty() && Instant.parse(next.get(0)).isAfter(clock.instant().minus(GAP_MAY_FILL));
        } catch (DateTimeParseException unreadable) {
            return false;
        }
    }
}

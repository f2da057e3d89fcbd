package io.gatehouse.web.config;

import io.gatehouse.account.AccountState;
import io.gatehouse.account.ExportLimits;
import io.gatehouse.command.account.Account;
import io.gatehouse.command.document.Document;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

class InMemorySnapshotsTest {

    /** What a shallow copy may share between the snapshot and the aggregate a command goes on changing. */
    private static final Set<Class<?>> IMMUTABLE = Set.of(UUID.class, Instant.class, String.class, Long.class,
            boolean.class, int.class, long.class, AccountState.class, ExportLimits.class,
            Set.class); // Set only as Set.of / Set.copyOf: checked below on a new aggregate

    @Test
    void everyFieldOfASnapshottedAggregateHoldsAnImmutableValueSoACopyCanShareIt() {
        for (Class<?> aggregate : new Class<?>[]{Account.class, Document.class}) {
            for (Field field : aggregate.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    assertThat(IMMUTABLE).as("%s.%s", aggregate.getSimpleName(), field.getName())
                            .contains(field.getType());
                }
            }
        }
        for (RecordComponent component : AccountState.class.getRecordComponents()) {
            assertThat(component.getType() == Set.class || component.getType().isEnum()
                    || IMMUTABLE.contains(component.getType())).as(component.getName()).isTrue();
        }
        assertThat(AccountState.none().roles().getClass().getName()).contains("Unmodifiable");
        assertThat(ExportLimits.class.isRecord()).isTrue();
    }

    @Test
    void theAccountsSetOfLiveTokensIsAnImmutableSet() throws Exception {
        var constructor = Account.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        Field tokens = Account.class.getDeclaredField("liveTokens");
        tokens.setAccessible(true);

        Object liveTokens = tokens.get(constructor.newInstance());

        assertThat(liveTokens.getClass().getName()).startsWith("java.util.ImmutableCollections$");
    }

    @Test
    void eachReadGivesItsOwnCopyOfTheSnapshotAndALaterOneReplacesIt() throws Exception {
        InMemorySnapshots snapshots = new InMemorySnapshots(mock(EventStorageEngine.class));
        Document document = document(UUID.randomUUID());
        String id = UUID.randomUUID().toString();

        snapshots.storeSnapshot(new GenericDomainEventMessage<>("Document", id, 9, document));
        Object first = snapshots.readSnapshot(id).orElseThrow().getPayload();
        Object second = snapshots.readSnapshot(id).orElseThrow().getPayload();

        assertThat(first).isNotSameAs(document).isNotSameAs(second).usingRecursiveComparison().isEqualTo(document);
        assertThat(snapshots.readSnapshot(id).orElseThrow().getSequenceNumber()).isEqualTo(9);
        snapshots.storeSnapshot(new GenericDomainEventMessage<>("Document", id, 19, document(UUID.randomUUID())));
        snapshots.storeSnapshot(new GenericDomainEventMessage<>("Document", id, 14, document));
        assertThat(snapshots.readSnapshot(id).orElseThrow().getSequenceNumber()).isEqualTo(19);
        snapshots.forget(id);
        assertThat(snapshots.readSnapshot(id)).isEmpty();
    }

    private static Document document(UUID sponsor) throws Exception {
        Document document = (Document) InMemorySnapshots.copy(newDocument());
        Field field = Document.class.getDeclaredField("sponsorId");
        field.setAccessible(true);
        field.set(document, sponsor);
        return document;
    }

    private static Object newDocument() throws Exception {
        var constructor = Document.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        return constructor.newInstance();
    }
}

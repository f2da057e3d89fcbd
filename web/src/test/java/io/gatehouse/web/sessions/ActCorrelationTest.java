package io.gatehouse.web.sessions;

import io.gatehouse.account.AccountSuspended;
import io.gatehouse.account.Role;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario.Person;
import io.gatehouse.record.Correlation;
import io.gatehouse.signin.SessionEndCause;
import io.gatehouse.signin.SessionEnded;
import io.gatehouse.signin.SignedIn;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin's act and everything it caused share one correlation id in the record, read back from the
 * event store: the suspension, and the ending of the suspended person's open session.
 */
class ActCorrelationTest extends IntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private EventStorageEngine eventStore; // the raw events: the event store would start from a snapshot

    @Autowired
    private EventStorageEngine storage;

    @Test
    void suspensionAndTheSessionEndingItCausedShareACorrelationId() {
        Person editor = scenario().active(Role.EDITOR);

        scenario().adminAct(editor.id(), "suspend", Map.of("reason", "traced")).assertStatus(303);

        DomainEventMessage<?> suspended = eventStore.readEvents(editor.id().toString()).asStream()
                .reduce((first, second) -> second).orElseThrow();
        assertThat(suspended.getPayload()).isInstanceOf(AccountSuspended.class);
        List<? extends EventMessage<?>> ended = stored("SessionEnded", editor.id());
        assertThat(ended).hasSize(1);
        assertThat(((SessionEnded) ended.get(0).getPayload()).cause()).isEqualTo(SessionEndCause.ACCOUNT_SUSPENDED);

        assertThat(Correlation.of(ended.get(0))).isEqualTo(Correlation.of(suspended));
        assertThat(Correlation.causeOf(ended.get(0))).isEqualTo(suspended.getIdentifier());
        // the act the suspension belongs to is the admin's command, not another event
        assertThat(Correlation.of(suspended)).isNotEqualTo(suspended.getIdentifier());
        assertThat(Correlation.of(ended.get(0))).isNotEqualTo(Correlation.of(stored("SignedIn", editor.id()).get(0)));
    }

    /** A sign-in is recorded outside any command: it is an act of its own, and says so in its metadata. */
    @Test
    void signInRecordedOutsideACommandCarriesItsOwnOrigin() {
        Person editor = scenario().active(Role.EDITOR);

        List<? extends EventMessage<?>> signedIn = stored("SignedIn", editor.id());

        assertThat(signedIn).isNotEmpty().allSatisfy(event -> {
            assertThat(event.getPayload()).isInstanceOf(SignedIn.class);
            assertThat(event.getMetaData()).containsEntry("traceId", event.getIdentifier())
                    .containsEntry("correlationId", event.getIdentifier());
        });
    }

    /** Events of a type that mention the account, as the app reads them from the store (tracked, in order). */
    private List<? extends EventMessage<?>> stored(String storedName, UUID account) {
        List<Long> positions = jdbc.queryForList("select global_index from domain_event_entry where payload_type = ?"
                        + " and convert_from(payload, 'UTF8') like ? order by global_index",
                Long.class, storedName, "%" + account + "%");
        return positions.stream().map(this::readAt).toList();
    }

    private TrackedEventMessage<?> readAt(long globalIndex) {
        try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(
                GapAwareTrackingToken.newInstance(globalIndex - 1, Collections.emptySet()), false)) {
            return events.findFirst().orElseThrow();
        }
    }
}

package io.gatehouse.web.config;

import io.gatehouse.account.AccountApproved;
import io.gatehouse.account.AccountRegistered;
import io.gatehouse.account.AccountReinstated;
import io.gatehouse.account.AccountState;
import io.gatehouse.account.AccountStatus;
import io.gatehouse.account.AccountSuspended;
import io.gatehouse.account.Actors;
import io.gatehouse.account.EmailConfirmed;
import io.gatehouse.account.Role;
import io.gatehouse.it.App;
import io.gatehouse.it.Scenario.Person;
import io.gatehouse.it.Scenario;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.gatehouse.it.IntegrationTest.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event store names each event by its alias and revision, and still reads rows stored by earlier
 * versions of the app under the event's class name (with the revision it had then, or none). These tests
 * rewrite and add rows of the event store, so they run on an instance and a database of their own:
 * the shared one must stay an untouched record for the tests that check its integrity.
 */
class StoredEventNamesTest {

    private static App app;
    private static JdbcTemplate jdbc;
    private static EventStorageEngine eventStore; // the raw events, never a snapshot

    private final Scenario scenario = app.scenario();

    @BeforeAll
    static void start() {
        app = App.start("gatehouse.embedded-database.ephemeral=true", "gatehouse.data-dir=target/it-data-stored-names");
        jdbc = app.bean(JdbcTemplate.class);
        eventStore = app.bean(EventStorageEngine.class);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private Scenario scenario() {
        return scenario;
    }

    @Test
    void accountEventsAreStoredUnderTheirAliasAndRevision() {
        Person editor = scenario().active(Role.EDITOR);

        assertThat(storedTypes(editor.id())).containsExactly(
                "AccountRegistered/3", "EmailConfirmed/2", "AccountApproved/2");
    }

    /**
     * A store written before aliases: every row of a suspended account typed by class name. The account is
     * rebuilt from those rows to act on it: an admin reinstates it, and its owner works again.
     */
    @Test
    void accountStoredUnderClassNamesStillReadsAndCanBeActedOn() {
        Person editor = scenario().active(Role.EDITOR);
        scenario().adminAct(editor.id(), "suspend", Map.of("reason", "stored the old way")).assertStatus(303);
        // AccountRegistered already had revision 2 and EmailConfirmed revision 1; the others had none.
        legacy(editor.id(), "AccountRegistered", "2");
        legacy(editor.id(), "EmailConfirmed", "1");
        legacy(editor.id(), "AccountApproved", null);
        legacy(editor.id(), "AccountSuspended", null);
        assertThat(storedTypes(editor.id())).containsExactly("io.gatehouse.account.AccountRegistered/2",
                "io.gatehouse.account.EmailConfirmed/1", "io.gatehouse.account.AccountApproved/null",
                "io.gatehouse.account.AccountSuspended/null");

        assertThat(payloads(editor.id())).extracting(Object::getClass).containsExactly(AccountRegistered.class,
                EmailConfirmed.class, AccountApproved.class, AccountSuspended.class);
        assertThat(((AccountSuspended) payloads(editor.id()).get(3)).reason()).isEqualTo("stored the old way");

        scenario().adminAct(editor.id(), "reinstate", Map.of("reason", "read back")).assertStatus(303);

        assertThat(payloads(editor.id()).get(4)).isInstanceOf(AccountReinstated.class);
        assertThat(storedTypes(editor.id()).get(4)).isEqualTo("AccountReinstated/2");
        scenario().signIn(editor.email(), PASSWORD).get("/editor/dashboard").assertStatus(200);
    }

    /** An account from before e-mail confirmation: its registration has no revision and no such field. */
    @Test
    void registrationStoredWithoutRevisionReadsAsNotNeedingConfirmation() {
        UUID account = UUID.randomUUID();
        insertLegacy(account, 0, "AccountRegistered", """
                {"accountId":"%s","email":"%s","displayName":"Old Timer","organization":null,
                 "requestedRole":"SPONSOR","actorId":"%s","clientAddress":"192.0.2.80"}"""
                .formatted(account, "old-" + account + "@example.org", account));
        insertLegacy(account, 1, "AccountApproved", """
                {"accountId":"%s","grantedRole":"SPONSOR","reason":null,"actorId":"%s","clientAddress":null}"""
                .formatted(account, Actors.SYSTEM));

        List<Object> events = payloads(account);
        // read through the app's own chain: renamed, taken from revision 1 to 2 with the field written down, then
        // to 3 with its personal fields as plain values
        IntermediateEventRepresentation upcast = app.bean(Configuration.class).upcasterChain().upcast(
                Stream.of(new InitialEventRepresentation(eventStore.readEvents(account.toString()).asStream()
                        .findFirst().map(first -> rowOf(first.getIdentifier())).orElseThrow(),
                        app.bean(Configuration.class).eventSerializer()))).findFirst().orElseThrow();
        assertThat(upcast.getType()).isEqualTo(new SimpleSerializedType("AccountRegistered", "3"));
        assertThat(upcast.getData(JsonNode.class).getData().get("confirmationRequired").isBoolean()).isTrue();

        AccountRegistered registered = (AccountRegistered) events.get(0);
        assertThat(registered.confirmationRequired()).isFalse();
        assertThat(registered.displayName()).isEqualTo("Old Timer");
        AccountState state = AccountState.none();
        for (Object event : events) {
            state = state.after((io.gatehouse.account.AccountEvent) event);
        }
        assertThat(state.status()).isEqualTo(AccountStatus.ACTIVE);
    }

    /** The row as the event store hands it to the upcasters. */
    private static GenericDomainEventEntry<byte[]> rowOf(String eventId) {
        return jdbc.queryForObject("select * from domain_event_entry where event_identifier = ?",
                (row, n) -> new GenericDomainEventEntry<>(row.getString("type"), row.getString("aggregate_identifier"),
                        row.getLong("sequence_number"), eventId, row.getString("time_stamp"),
                        row.getString("payload_type"), row.getString("payload_revision"), row.getBytes("payload"),
                        row.getBytes("meta_data")), eventId);
    }

    private List<String> storedTypes(UUID aggregate) {
        return jdbc.queryForList("select payload_type || '/' || coalesce(payload_revision, 'null')"
                + " from domain_event_entry where aggregate_identifier = ? order by sequence_number",
                String.class, aggregate.toString());
    }

    private List<Object> payloads(UUID aggregate) {
        return eventStore.readEvents(aggregate.toString()).asStream().map(DomainEventMessage::getPayload)
                .map(Object.class::cast).toList();
    }

    /** Rewrites the account's rows of that event to how the app stored them before aliases. */
    private void legacy(UUID aggregate, String alias, String revision) {
        int rows = jdbc.update("update domain_event_entry set payload_type = ?, payload_revision = ?"
                        + " where aggregate_identifier = ? and payload_type = ?",
                "io.gatehouse.account." + alias, revision, aggregate.toString(), alias);
        assertThat(rows).as("rows of %s", alias).isEqualTo(1);
    }

    private void insertLegacy(UUID aggregate, long sequence, String simpleName, String payload) {
        jdbc.update("insert into domain_event_entry (global_index, event_identifier, meta_data, payload,"
                        + " payload_revision, payload_type, time_stamp, aggregate_identifier, sequence_number, type)"
                        + " values (nextval('domain_event_entry_seq'), ?, ?, ?, null, ?, ?, ?, ?, 'Account')",
                UUID.randomUUID().toString(), "{}".getBytes(StandardCharsets.UTF_8),
                payload.getBytes(StandardCharsets.UTF_8), "io.gatehouse.account." + simpleName,
                "2025-03-01T09:30:0" + sequence + ".000Z", aggregate.toString(), sequence);
    }
}

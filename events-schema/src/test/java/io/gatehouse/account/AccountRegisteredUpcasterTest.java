package io.gatehouse.account;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static io.gatehouse.account.StoredEvents.SERIALIZER;
import static io.gatehouse.account.StoredEvents.golden;
import static io.gatehouse.account.StoredEvents.stored;
import static org.assertj.core.api.Assertions.assertThat;

/** Accounts registered before e-mail confirmation existed must still read, and still read as PENDING. */
class AccountRegisteredUpcasterTest {

    private static final UUID ACCOUNT = UUID.fromString("6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e");

    private final EventUpcasterChain chain = new EventUpcasterChain(new AccountRegisteredUpcaster());

    private List<IntermediateEventRepresentation> readThroughChain(IntermediateEventRepresentation stored) {
        return chain.upcast(Stream.of(stored)).toList();
    }

    @Test
    void readWhenStoredWithoutRevisionThenConfirmationNotRequiredAndOtherFieldsIntact() {
        List<IntermediateEventRepresentation> read = readThroughChain(
                stored(AccountRegistered.class, null, golden("AccountRegistered-revision-null.json")));

        assertThat(read).hasSize(1);
        assertThat(read.get(0).getType().getName()).isEqualTo(AccountRegistered.class.getName());
        assertThat(read.get(0).getType().getRevision()).isEqualTo("2");
        // Jackson would default a missing boolean to false on its own; the upcaster must write it down.
        JsonNode payload = read.get(0).getData(JsonNode.class).getData();
        assertThat(payload.has("confirmationRequired")).isTrue();
        assertThat(payload.get("confirmationRequired").isBoolean()).isTrue();
        assertThat(payload.get("confirmationRequired").booleanValue()).isFalse();
        AccountRegistered event = SERIALIZER.deserialize(read.get(0).getData());
        assertThat(event).isEqualTo(new AccountRegistered(ACCOUNT, "ada.lovelace@example.org", "Ada Lovelace",
                "Analytical Engines", Role.EDITOR, false, ACCOUNT.toString(), "203.0.113.7"));
    }

    /** The point of the upcaster: an old account is waiting for an admin, not for a confirmation mail. */
    @Test
    void readWhenStoredWithoutRevisionThenAccountStatePending() {
        SerializedObject<?> data = readThroughChain(
                stored(AccountRegistered.class, null, golden("AccountRegistered-revision-null.json"))).get(0).getData();
        AccountRegistered event = SERIALIZER.deserialize(data);

        assertThat(AccountState.none().after(event).status()).isEqualTo(AccountStatus.PENDING);
    }

    @Test
    void readWhenStoredAsRevision2ThenPassedThroughUntouched() {
        IntermediateEventRepresentation revision2 =
                stored(AccountRegistered.class, "2", golden("AccountRegistered-revision-2.json"));

        List<IntermediateEventRepresentation> read = readThroughChain(revision2);

        assertThat(read).containsExactly(revision2);
        AccountRegistered event = SERIALIZER.deserialize(read.get(0).getData());
        assertThat(event.confirmationRequired()).isTrue();
        assertThat(event.email()).isEqualTo("ada.lovelace@example.org");
    }

    @Test
    void readWhenOtherEventTypeWithoutRevisionThenPassedThroughUntouched() {
        IntermediateEventRepresentation approved = stored(AccountApproved.class, null,
                SERIALIZER.serialize(new AccountApproved(ACCOUNT, Role.EDITOR, null, "admin", null), byte[].class)
                        .getData());

        assertThat(readThroughChain(approved)).containsExactly(approved);
    }
}

package io.gatehouse.account;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.gatehouse.record.StoredEvents.JSON;
import static io.gatehouse.record.StoredEvents.SERIALIZER;
import static io.gatehouse.record.StoredEvents.golden;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event store keeps {@link AccountRegistered} as JSON forever. If the record's shape changes, this
 * fails: the change then needs a new {@code @Revision}, an upcaster and a new golden file, not an edit here.
 */
class AccountRegisteredStoredShapeTest {

    private static final UUID ACCOUNT = UUID.fromString("6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e");

    private static final AccountRegistered CURRENT = new AccountRegistered(ACCOUNT, "ada.lovelace@example.org",
            "Ada Lovelace", "Analytical Engines", Role.EDITOR, true, ACCOUNT.toString(), "203.0.113.7");

    @Test
    void serializeCurrentEventThenJsonEqualsRevision3GoldenFile() {
        SerializedObject<byte[]> serialized = SERIALIZER.serialize(CURRENT, byte[].class);

        assertThat(JSON.getObjectMapper().readTree(serialized.getData()))
                .isEqualTo(JSON.getObjectMapper().readTree(golden("AccountRegistered-revision-3.json")));
    }

    @Test
    void serializeCurrentEventThenStoredUnderItsAliasAsRevision3() {
        SerializedObject<byte[]> serialized = SERIALIZER.serialize(CURRENT, byte[].class);

        assertThat(serialized.getType().getName()).isEqualTo("AccountRegistered");
        assertThat(serialized.getType().getRevision()).isEqualTo("3");
    }

    @Test
    void deserializeRevision3GoldenFileThenEqualsCurrentEvent() {
        SerializedObject<byte[]> serialized = SERIALIZER.serialize(CURRENT, byte[].class);
        SerializedObject<byte[]> golden = new SimpleSerializedObject<>(
                golden("AccountRegistered-revision-3.json"), byte[].class, serialized.getType());

        assertThat((AccountRegistered) SERIALIZER.deserialize(golden)).isEqualTo(CURRENT);
    }
}

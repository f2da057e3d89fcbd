package io.gatehouse.record;

import io.gatehouse.account.AccountSuspended;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.gatehouse.record.StoredEvents.JSON;
import static io.gatehouse.record.StoredEvents.SERIALIZER;
import static org.assertj.core.api.Assertions.assertThat;

class AliasingSerializerTest {

    private static final AccountSuspended SUSPENDED =
            new AccountSuspended(UUID.randomUUID(), "Abuse report.", "admin", "192.0.2.1");

    @Test
    void eventIsStoredUnderItsAliasAndReadBackFromIt() {
        SerializedObject<byte[]> stored = SERIALIZER.serialize(SUSPENDED, byte[].class);

        assertThat(stored.getType()).isEqualTo(new SimpleSerializedType("AccountSuspended", "2"));
        assertThat(SERIALIZER.classForType(stored.getType())).isEqualTo(AccountSuspended.class);
        assertThat((Object) SERIALIZER.deserialize(stored)).isEqualTo(SUSPENDED);
    }

    /** Without the upcaster (a dead letter, say), a row typed by class name still reads. */
    @Test
    void classNameTypeStillReads() {
        SerializedObject<byte[]> legacy = JSON.serialize(SUSPENDED, byte[].class);

        assertThat(legacy.getType().getName()).isEqualTo(AccountSuspended.class.getName());
        assertThat((Object) SERIALIZER.deserialize(legacy)).isEqualTo(SUSPENDED);
    }

    @Test
    void typesWithoutAliasPassThrough() {
        MetaData metaData = MetaData.from(Map.of("traceId", "t-1"));

        SerializedObject<byte[]> stored = SERIALIZER.serialize(metaData, byte[].class);

        assertThat(stored.getType()).isEqualTo(JSON.typeForClass(MetaData.class));
        assertThat((Object) SERIALIZER.deserialize(stored)).isEqualTo(metaData);
    }

    @Test
    void unknownNameReadsAsUnknownTypeNotAFailure() {
        SerializedObject<byte[]> stored = new SimpleSerializedObject<>("{}".getBytes(), byte[].class,
                "NoSuchEvent", "1");

        assertThat(SERIALIZER.classForType(stored.getType())).isEqualTo(UnknownSerializedType.class);
        assertThat((Object) SERIALIZER.deserialize(stored)).isInstanceOf(UnknownSerializedType.class);
    }
}

package io.gatehouse.record;

import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every event type is stored under a name of its own and a revision, never under its class name. */
class StoredNamesTest {

    @Test
    void everyEventTypeHasAStoredNameAndARevision() {
        for (Class<?> type : EventTypes.all()) {
            assertThat(type.getAnnotation(StoredAs.class)).as("@StoredAs on %s", type.getName()).isNotNull();
            assertThat(type.getAnnotation(Revision.class)).as("@Revision on %s", type.getName()).isNotNull();
            assertThat(EventTypes.storedName(type)).as("stored name of %s", type.getName())
                    .matches("[A-Z][A-Za-z0-9]*");
        }
    }

    @Test
    void storedNamesAreUnique() {
        assertThat(EventTypes.byStoredName(EventTypes.all())).hasSameSizeAs(EventTypes.all());
    }

    @Test
    void twoEventsUnderOneNameAreRefused() {
        assertThatThrownBy(() -> EventTypes.byStoredName(List.of(Clash.class, AlsoClash.class)))
                .hasMessageContaining("Two events stored as Clash");
    }

    @StoredAs("Clash")
    private record Clash() {
    }

    @StoredAs("Clash")
    private record AlsoClash() {
    }
}

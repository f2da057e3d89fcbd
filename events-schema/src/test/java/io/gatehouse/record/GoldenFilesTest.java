package io.gatehouse.record;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static io.gatehouse.record.StoredEvents.JSON;
import static io.gatehouse.record.StoredEvents.SERIALIZER;
import static io.gatehouse.record.StoredEvents.golden;
import static io.gatehouse.record.StoredEvents.goldenName;
import static io.gatehouse.record.StoredEvents.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stored contract, one golden file per event type and revision under {@code events/}. A change to an
 * event that would break reading what is already stored fails here: give it a new {@code @Revision}, an
 * upcaster (StoredEventUpcasters) and a golden file of the new revision, and keep the old file with the
 * event it must now read as (EventSamples.OLDER). Never edit a golden file.
 */
class GoldenFilesTest {

    static List<Class<?>> eventTypes() {
        return EventTypes.all();
    }

    static List<String> goldenFiles() {
        return StoredEvents.goldenNames();
    }

    private static String currentGoldenName(Class<?> type) {
        SerializedType stored = SERIALIZER.typeForClass(type);
        return goldenName(stored.getName(), stored.getRevision());
    }

    @Test
    void everyEventTypeHasASampleAndAGoldenFileOfItsCurrentRevision() {
        assertThat(eventTypes()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(EventSamples.CURRENT.keySet()).containsExactlyInAnyOrderElementsOf(eventTypes());
        List<String> missing = new ArrayList<>();
        for (Class<?> type : eventTypes()) {
            if (!goldenFiles().contains(currentGoldenName(type))) {
                missing.add(currentGoldenName(type) + " (" + type.getName() + ")");
            }
        }
        assertThat(missing).as("golden files missing under events-schema/src/test/resources/events").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void currentEventSerializesToTheGoldenFileOfItsRevision(Class<?> type) {
        SerializedObject<byte[]> serialized = SERIALIZER.serialize(EventSamples.CURRENT.get(type), byte[].class);

        assertThat(serialized.getType()).isEqualTo(SERIALIZER.typeForClass(type));
        assertThat(JSON.getObjectMapper().readTree(serialized.getData()))
                .as("stored JSON of %s against %s", type.getSimpleName(), currentGoldenName(type))
                .isEqualTo(JSON.getObjectMapper().readTree(golden(currentGoldenName(type))));
    }

    /** Each golden file, stored under its alias and revision, reads as the event it stands for today. */
    @ParameterizedTest
    @MethodSource("goldenFiles")
    void goldenFileReadsBackThroughTheUpcastersAsTheExpectedEvent(String file) {
        GoldenFile golden = GoldenFile.parse(file);

        Object event = read(golden.storedName(), golden.revision(), golden(file));

        assertThat(event).isEqualTo(expected(file));
    }

    /**
     * Stores from before aliases typed each row by its class name, revision 1 rows with no revision at all
     * when the class had no {@code @Revision} then: they read the same.
     */
    @ParameterizedTest
    @MethodSource("goldenFiles")
    void goldenFileStoredUnderTheClassNameReadsTheSame(String file) {
        GoldenFile golden = GoldenFile.parse(file);
        String className = SERIALIZER.classForType(SERIALIZER.typeForClass(
                EventTypes.byStoredName(EventTypes.all()).get(golden.storedName()))).getName();

        assertThat((Object) read(className, golden.revision(), golden(file))).isEqualTo(expected(file));
        if ("1".equals(golden.revision())) {
            assertThat((Object) read(className, null, golden(file))).isEqualTo(expected(file));
        }
    }

    private static Object expected(String file) {
        GoldenFile golden = GoldenFile.parse(file);
        Class<?> type = EventTypes.byStoredName(EventTypes.all()).get(golden.storedName());
        assertThat(type).as("an event stored as %s", golden.storedName()).isNotNull();
        if (Objects.equals(SERIALIZER.typeForClass(type).getRevision(), golden.revision())) {
            return EventSamples.CURRENT.get(type);
        }
        assertThat(EventSamples.OLDER).as("what %s must read as, in EventSamples.OLDER", file).containsKey(file);
        return EventSamples.OLDER.get(file);
    }

    private record GoldenFile(String storedName, String revision) {

        static GoldenFile parse(String file) {
            String[] parts = file.replaceFirst("\\.json$", "").split("-revision-");
            assertThat(parts).as("golden file name %s: <StoredAs>-revision-<n>.json", file).hasSize(2);
            return new GoldenFile(parts[0], parts[1]);
        }
    }
}

package io.gatehouse.record;

import io.gatehouse.personal.GoldenSealer;
import io.gatehouse.personal.PersonalDataSerializer;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** Events as the event store writes and hands them back: JSON bytes under a stored name and a revision. */
public final class StoredEvents {

    /** Axon's jackson3 serializer with its defaults, as the app builds it under the alias layer. */
    public static final Jackson3Serializer JSON = Jackson3Serializer.builder().build();

    /**
     * The app's events serializer: the alias layer over the personal-data layer over the JSON one. Golden files
     * are sealed with {@link GoldenSealer}'s fixed test key, so they stay byte for byte the same.
     */
    public static final Serializer SERIALIZER = new AliasingSerializer(new PersonalDataSerializer(JSON, new GoldenSealer()));

    private StoredEvents() {
    }

    /** {@code <StoredAs>-revision-<n>.json}: the golden file of a stored type. */
    public static String goldenName(String storedName, String revision) {
        return storedName + "-revision-" + revision + ".json";
    }

    public static byte[] golden(String name) {
        try (InputStream in = StoredEvents.class.getResourceAsStream("/events/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No golden file events/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every golden file there is. */
    static List<String> goldenNames() {
        try (Stream<Path> files = Files.list(Path.of(Objects.requireNonNull(
                StoredEvents.class.getResource("/events")).toURI()))) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A row of the event store, read back before any upcaster has seen it. */
    public static IntermediateEventRepresentation stored(String type, String revision, byte[] payload) {
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>("Account",
                "6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e", 0L, "3b0f5a8e-0000-4000-8000-000000000001",
                Instant.parse("2025-03-01T09:30:00Z"), type, revision, payload,
                "{}".getBytes(StandardCharsets.UTF_8));
        return new InitialEventRepresentation(entry, SERIALIZER);
    }

    /** The row after the app's whole upcaster chain. */
    public static IntermediateEventRepresentation upcast(IntermediateEventRepresentation stored) {
        List<IntermediateEventRepresentation> read = StoredEventUpcasters.chain().upcast(Stream.of(stored)).toList();
        if (read.size() != 1) {
            throw new IllegalStateException("One stored event read as " + read.size());
        }
        return read.get(0);
    }

    /** The event the app reads from the row: through the upcaster chain, then the serializer. */
    public static <T> T read(String type, String revision, byte[] payload) {
        SerializedObject<?> data = upcast(stored(type, revision, payload)).getData();
        return SERIALIZER.deserialize(data);
    }
}

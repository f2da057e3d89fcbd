package io.gatehouse.account;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Events as the event store hands them back: JSON bytes under a class name and a revision. */
final class StoredEvents {

    /** Axon's jackson3 serializer with its defaults: the one {@code axon.serializer.events: jackson3} selects. */
    static final Jackson3Serializer SERIALIZER = Jackson3Serializer.builder().build();

    private StoredEvents() {
    }

    static byte[] golden(String name) {
        try (InputStream in = StoredEvents.class.getResourceAsStream("/events/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No golden file events/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A row of the event store, read back before any upcaster has seen it. */
    static IntermediateEventRepresentation stored(Class<?> payloadType, String revision, byte[] payload) {
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>("Account",
                "6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e", 0L, "3b0f5a8e-0000-4000-8000-000000000001",
                Instant.parse("2025-03-01T09:30:00Z"), payloadType.getName(), revision, payload,
                "{}".getBytes(StandardCharsets.UTF_8));
        return new InitialEventRepresentation(entry, SERIALIZER);
    }
}

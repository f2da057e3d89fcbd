package io.gatehouse.personal;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The revision at which an event's personal fields began to be sealed. Before it they were stored as plain
 * strings; this reads them as the new revision does, each wrapped as {@code {"plain": "…"}}, so that every
 * reader after it sees one shape. (To encrypt such old rows in place, see the README's "Erasure" section.)
 */
public class PersonalDataUpcaster extends SingleEventUpcaster {

    /** An event type, by its stored name, whose personal fields are sealed from revision {@code to} on. */
    public record Change(String storedName, String from, String to, Class<?> type) {
    }

    private final Map<SimpleSerializedType, Change> changes;

    public PersonalDataUpcaster(List<Change> changes) {
        this.changes = changes.stream().collect(Collectors.toUnmodifiableMap(
                change -> new SimpleSerializedType(change.storedName(), change.from()), change -> change));
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return changes.containsKey(key(representation));
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        Change change = changes.get(key(representation));
        return representation.upcastPayload(new SimpleSerializedType(change.storedName(), change.to()),
                ObjectNode.class, payload -> {
                    for (PersonalFields.Field field : PersonalFields.of(change.type())) {
                        JsonNode value = payload.get(field.name());
                        if (value != null && value.isString()) {
                            payload.putObject(field.name()).put(PersonalDataSerializer.PLAIN, value.asString());
                        }
                    }
                    return payload;
                });
    }

    private static SimpleSerializedType key(IntermediateEventRepresentation representation) {
        return new SimpleSerializedType(representation.getType().getName(), representation.getType().getRevision());
    }
}

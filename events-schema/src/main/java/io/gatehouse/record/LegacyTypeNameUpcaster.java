package io.gatehouse.record;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * First in the upcaster chain: rows stored before events had aliases carry the event's class name. This
 * renames them to the alias, so every later upcaster matches one name per event type. A row stored
 * without a revision is the type's first shape, revision 1 (every event type then had one shape only,
 * except {@code AccountRegistered}, whose unrevisioned shape its own upcaster takes from revision 1 to 2);
 * other revisions are kept. The payload is not touched.
 */
public class LegacyTypeNameUpcaster extends SingleEventUpcaster {

    static final String FIRST_REVISION = "1";

    private final Map<String, String> aliasByClassName;

    public LegacyTypeNameUpcaster() {
        this(EventTypes.all());
    }

    public LegacyTypeNameUpcaster(List<Class<?>> aliasedTypes) {
        this.aliasByClassName = EventTypes.byStoredName(aliasedTypes).entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(entry -> entry.getValue().getName(), Map.Entry::getKey));
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return aliasByClassName.containsKey(representation.getType().getName());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        String revision = representation.getType().getRevision();
        SimpleSerializedType renamed = new SimpleSerializedType(
                aliasByClassName.get(representation.getType().getName()),
                revision == null ? FIRST_REVISION : revision);
        return representation.upcastPayload(renamed, representation.getContentType(), payload -> payload);
    }
}

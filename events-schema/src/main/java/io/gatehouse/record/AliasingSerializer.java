package io.gatehouse.record;

import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Stores events under their {@link StoredAs} name instead of their class name, and reads those names back,
 * around a serializer that knows only classes (Jackson, or a layer between, such as encryption): the layer
 * below sees class names, the event store sees aliases. Types without an alias (metadata, snapshots,
 * tokens) pass through unchanged, and so do rows stored under a class name before aliases existed, which
 * {@link LegacyTypeNameUpcaster} renames on the way in anyway.
 */
public class AliasingSerializer implements Serializer {

    private final Serializer delegate;
    private final Map<String, Class<?>> classByAlias;
    private final Map<Class<?>, String> aliasByClass;

    /** Aliases every event of {@link EventTypes#all()}. */
    public AliasingSerializer(Serializer delegate) {
        this(delegate, EventTypes.all());
    }

    public AliasingSerializer(Serializer delegate, List<Class<?>> aliasedTypes) {
        this.delegate = delegate;
        this.classByAlias = EventTypes.byStoredName(aliasedTypes);
        this.aliasByClass = classByAlias.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        SerializedObject<T> serialized = delegate.serialize(object, expectedRepresentation);
        if (object == null || !aliasByClass.containsKey(object.getClass())) {
            return serialized;
        }
        return new SimpleSerializedObject<>(serialized.getData(), serialized.getContentType(),
                typeForClass(object.getClass()));
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return delegate.canSerializeTo(expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        SerializedType type = serializedObject.getType();
        Class<?> aliased = type == null ? null : classByAlias.get(type.getName());
        if (aliased == null) {
            return delegate.deserialize(serializedObject);
        }
        return delegate.deserialize(new SimpleSerializedObject<>(serializedObject.getData(),
                serializedObject.getContentType(), delegate.typeForClass(aliased).getName(), type.getRevision()));
    }

    @Override
    public Class classForType(SerializedType type) {
        Class<?> aliased = classByAlias.get(type.getName());
        return aliased != null ? aliased : delegate.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        SerializedType delegated = delegate.typeForClass(type);
        String alias = type == null ? null : aliasByClass.get(type);
        return alias == null ? delegated : new SimpleSerializedType(alias, delegated.getRevision());
    }

    @Override
    public Converter getConverter() {
        return delegate.getConverter();
    }
}

package io.gatehouse.personal;

import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.Serializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Seals the {@link PersonalData} fields of an event on the way into the store and opens them on the way out,
 * around a JSON serializer. A sealed field is stored as {@code {"sealed": "<base64>"}}; a value that belongs to
 * no person as {@code {"plain": "…"}}; a value of someone already erased as null. A field whose key is gone
 * reads as null: the event still says what was done, when and by whom, but no longer to whom it was personal.
 * Everything else, metadata included, passes through untouched.
 */
public class PersonalDataSerializer implements Serializer {

    static final String SEALED = "sealed";
    static final String PLAIN = "plain";

    private final Serializer delegate;
    private final Sealer sealer;

    public PersonalDataSerializer(Serializer delegate, Sealer sealer) {
        this.delegate = delegate;
        this.sealer = sealer;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        List<PersonalFields.Field> fields = PersonalFields.of(object == null ? null : object.getClass());
        if (fields.isEmpty()) {
            return delegate.serialize(object, expectedRepresentation);
        }
        SerializedObject<JsonNode> tree = delegate.serialize(object, JsonNode.class);
        ObjectNode node = (ObjectNode) tree.getData();
        for (PersonalFields.Field field : fields) {
            seal(node, field);
        }
        T data = delegate.getConverter().convert(node, JsonNode.class, expectedRepresentation);
        return new SimpleSerializedObject<>(data, expectedRepresentation, tree.getType());
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        List<PersonalFields.Field> fields = SerializedType.emptyType().equals(serializedObject.getType())
                ? List.of() : PersonalFields.of(delegate.classForType(serializedObject.getType()));
        if (fields.isEmpty()) {
            return delegate.deserialize(serializedObject);
        }
        JsonNode data = delegate.getConverter().convert(serializedObject, JsonNode.class).getData();
        ObjectNode node = ((ObjectNode) data).deepCopy();
        for (PersonalFields.Field field : fields) {
            open(node, field);
        }
        return delegate.deserialize(new SimpleSerializedObject<>(node, JsonNode.class, serializedObject.getType()));
    }

    private void seal(ObjectNode node, PersonalFields.Field field) {
        JsonNode value = node.get(field.name());
        if (value == null || value.isNull()) {
            return;
        }
        Optional<UUID> owner = idIn(node, field.owner());
        if (owner.isEmpty()) {
            node.putObject(field.name()).put(PLAIN, value.asString());
            return;
        }
        UUID person = idIn(node, field.person()).orElse(owner.get());
        Optional<byte[]> sealed = sealer.seal(owner.get(), person, value.asString().getBytes(StandardCharsets.UTF_8),
                associatedData(field, owner.get()));
        if (sealed.isPresent()) {
            node.putObject(field.name()).put(SEALED, Base64.getEncoder().encodeToString(sealed.get()));
        } else {
            node.putNull(field.name());
        }
    }

    private void open(ObjectNode node, PersonalFields.Field field) {
        JsonNode value = node.get(field.name());
        if (value == null || !value.isObject()) {
            return; // null, or stored before fields were sealed and not upcast: as it is
        }
        if (value.has(PLAIN)) {
            node.put(field.name(), value.get(PLAIN).asString());
            return;
        }
        Optional<UUID> owner = idIn(node, field.owner());
        Optional<byte[]> opened = owner.isEmpty() || !value.has(SEALED) ? Optional.empty()
                : sealer.open(owner.get(), Base64.getDecoder().decode(value.get(SEALED).asString()),
                associatedData(field, owner.get()));
        if (opened.isPresent()) {
            node.put(field.name(), new String(opened.get(), StandardCharsets.UTF_8));
        } else {
            node.putNull(field.name());
        }
    }

    /** Binds a ciphertext to its field and subject: moved to another field or event, it no longer opens. */
    private static byte[] associatedData(PersonalFields.Field field, UUID owner) {
        return (field.name() + "|" + owner).getBytes(StandardCharsets.UTF_8);
    }

    private static Optional<UUID> idIn(ObjectNode node, String component) {
        JsonNode id = node.get(component);
        if (id == null || !id.isString()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id.asString()));
        } catch (IllegalArgumentException notAPerson) {
            return Optional.empty(); // "system", "anonymous"
        }
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return delegate.canSerializeTo(expectedRepresentation);
    }

    @Override
    public Class classForType(SerializedType type) {
        return delegate.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return delegate.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return delegate.getConverter();
    }
}

package io.gatehouse.personal;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/** Which components of an event class are {@link PersonalData}, found once per class. */
public final class PersonalFields {

    /** A personal component, the component naming its owner, and the one naming the owner's person. */
    public record Field(String name, String owner, String person) {
    }

    private static final ClassValue<List<Field>> FIELDS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return List.of();
            }
            List<Field> fields = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                PersonalData personal = component.getAnnotation(PersonalData.class);
                if (personal != null) {
                    String person = personal.person().isEmpty() ? personal.owner() : personal.person();
                    fields.add(new Field(component.getName(), personal.owner(), person));
                }
            }
            return List.copyOf(fields);
        }
    };

    private PersonalFields() {
    }

    public static List<Field> of(Class<?> type) {
        return type == null ? List.of() : FIELDS.get(type);
    }
}

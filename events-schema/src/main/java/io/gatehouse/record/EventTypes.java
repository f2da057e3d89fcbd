package io.gatehouse.record;

import io.gatehouse.account.AccountEvent;
import io.gatehouse.document.DocumentEvent;
import io.gatehouse.signin.SignInEvent;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every event type the record holds, found through the sealed event interfaces: a new event is known
 * here as soon as its interface permits it, and a test then asks for its golden file.
 */
public final class EventTypes {

    private static final List<Class<?>> ALL = Stream.of(AccountEvent.class, DocumentEvent.class, SignInEvent.class)
            .flatMap(root -> Arrays.stream(root.getPermittedSubclasses()))
            .toList();

    private EventTypes() {
    }

    public static List<Class<?>> all() {
        return ALL;
    }

    /** Each event type by its stored name; fails on a missing or duplicated name, so a clash never reaches the store. */
    public static Map<String, Class<?>> byStoredName(List<Class<?>> types) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Class<?> type : types) {
            String name = storedName(type);
            Class<?> clash = byName.putIfAbsent(name, type);
            if (clash != null) {
                throw new IllegalStateException("Two events stored as " + name + ": " + clash.getName()
                        + " and " + type.getName());
            }
        }
        return Collections.unmodifiableMap(byName);
    }

    public static String storedName(Class<?> type) {
        StoredAs storedAs = type.getAnnotation(StoredAs.class);
        if (storedAs == null || storedAs.value().isBlank()) {
            throw new IllegalStateException(type.getName() + " has no @StoredAs name");
        }
        return storedAs.value();
    }
}

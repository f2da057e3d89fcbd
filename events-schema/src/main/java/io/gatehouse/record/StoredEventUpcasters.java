package io.gatehouse.record;

import io.gatehouse.account.AccountRegisteredUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;

import java.util.List;

/**
 * The one chain every stored event is read through, in order: first the legacy class names become
 * aliases, then each type's upcasters take it from revision to revision. A new upcaster is added here
 * (after the rename), so the app and the golden-file tests read the store the same way.
 */
public final class StoredEventUpcasters {

    private StoredEventUpcasters() {
    }

    public static List<EventUpcaster> inOrder() {
        return List.of(new LegacyTypeNameUpcaster(), new AccountRegisteredUpcaster());
    }

    public static EventUpcasterChain chain() {
        return new EventUpcasterChain(inOrder());
    }
}

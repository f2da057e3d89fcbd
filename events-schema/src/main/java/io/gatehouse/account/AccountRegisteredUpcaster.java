package io.gatehouse.account;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads {@link AccountRegistered} as recorded before e-mail confirmation existed (revision 1: stored without a
 * revision under its class name, which {@code LegacyTypeNameUpcaster} renames first) as revision 2: those
 * accounts never had to confirm, so {@code confirmationRequired} is false and they stay PENDING.
 */
public class AccountRegisteredUpcaster extends SingleEventUpcaster {

    private static final String TYPE = "AccountRegistered";
    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(TYPE, "1");
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(TYPE, "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, ObjectNode.class,
                payload -> payload.put("confirmationRequired", false));
    }
}

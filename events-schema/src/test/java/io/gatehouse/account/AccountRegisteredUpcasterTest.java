package io.gatehouse.account;

import io.gatehouse.record.StoredEvents;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static io.gatehouse.record.StoredEvents.SERIALIZER;
import static io.gatehouse.record.StoredEvents.golden;
import static io.gatehouse.record.StoredEvents.stored;
import static io.gatehouse.record.StoredEvents.upcast;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts registered before e-mail confirmation existed must still read, and still read as PENDING:
 * stored without a revision under the class name (as they are in old stores), or as revision 1 under the alias.
 */
class AccountRegisteredUpcasterTest {

    private static final UUID ACCOUNT = UUID.fromString("6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e");
    private static final String CLASS_NAME = "io.gatehouse.account.AccountRegistered";

    @ParameterizedTest
    @CsvSource(value = {CLASS_NAME + ",", "AccountRegistered,1"})
    void readRevision1ThenConfirmationNotRequiredAndOtherFieldsIntact(String type, String revision) {
        IntermediateEventRepresentation read = upcast(stored(type, revision, golden("AccountRegistered-revision-1.json")));

        assertThat(read.getType().getName()).isEqualTo("AccountRegistered");
        assertThat(read.getType().getRevision()).isEqualTo("3");
        // Jackson would default a missing boolean to false on its own; the upcaster must write it down.
        JsonNode payload = read.getData(JsonNode.class).getData();
        assertThat(payload.has("confirmationRequired")).isTrue();
        assertThat(payload.get("confirmationRequired").isBoolean()).isTrue();
        assertThat(payload.get("confirmationRequired").booleanValue()).isFalse();
        AccountRegistered event = SERIALIZER.deserialize(read.getData());
        assertThat(event).isEqualTo(new AccountRegistered(ACCOUNT, "ada.lovelace@example.org", "Ada Lovelace",
                "Analytical Engines", Role.EDITOR, false, ACCOUNT.toString(), "203.0.113.7"));
    }

    /** The point of the upcaster: an old account is waiting for an admin, not for a confirmation mail. */
    @Test
    void readWhenStoredWithoutRevisionThenAccountStatePending() {
        AccountRegistered event = StoredEvents.read(CLASS_NAME, null, golden("AccountRegistered-revision-1.json"));

        assertThat(AccountState.none().after(event).status()).isEqualTo(AccountStatus.PENDING);
    }

    @Test
    void readWhenStoredAsRevision2ThenConfirmationKeptAndPersonalFieldsReadAsTheyWere() {
        IntermediateEventRepresentation revision2 = stored("AccountRegistered", "2",
                golden("AccountRegistered-revision-2.json"));

        IntermediateEventRepresentation read = upcast(revision2);

        assertThat(read.getType().getRevision()).isEqualTo("3");
        AccountRegistered event = SERIALIZER.deserialize(read.getData());
        assertThat(event.confirmationRequired()).isTrue();
        assertThat(event.email()).isEqualTo("ada.lovelace@example.org");
    }

    @Test
    void readWhenOtherEventTypeAtItsCurrentRevisionThenPayloadUntouched() {
        IntermediateEventRepresentation approved = stored("AccountApproved", "2",
                SERIALIZER.serialize(new AccountApproved(ACCOUNT, Role.EDITOR, null, "admin", null), byte[].class)
                        .getData());

        assertThat(upcast(approved)).isSameAs(approved);
    }
}

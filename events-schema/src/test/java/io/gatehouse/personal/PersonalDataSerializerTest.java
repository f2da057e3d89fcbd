package io.gatehouse.personal;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataSerializerTest {

    /** A stand-in event: personal fields owned by the account, by the actor, and by a document for its sponsor. */
    record Sample(UUID accountId,
                  @PersonalData String email,
                  @PersonalData(owner = "actorId") String clientAddress,
                  String actorId,
                  String reason) {
    }

    record Document(UUID documentId, UUID sponsorId,
                    @PersonalData(owner = "documentId", person = "sponsorId") String title) {
    }

    private final InMemorySealer sealer = new InMemorySealer();
    private final PersonalDataSerializer serializer =
            new PersonalDataSerializer(Jackson3Serializer.builder().build(), sealer);

    private final UUID person = UUID.randomUUID();
    private final UUID admin = UUID.randomUUID();

    private String stored(Object event) {
        return new String(serializer.serialize(event, byte[].class).getData(), StandardCharsets.UTF_8);
    }

    private <T> T readBack(Object event) {
        SerializedObject<byte[]> serialized = serializer.serialize(event, byte[].class);
        return serializer.deserialize(serialized);
    }

    @Test
    void personal_fields_are_stored_encrypted_and_read_back_as_they_were() {
        Sample event = new Sample(person, "ada@example.org", "203.0.113.9", admin.toString(), "asked for it");

        String json = stored(event);

        assertThat(json).doesNotContain("ada@example.org").doesNotContain("203.0.113.9")
                .contains("\"sealed\"").contains("asked for it").contains(person.toString());
        Sample read = readBack(event);
        assertThat(read).isEqualTo(event);
    }

    @Test
    void after_the_person_is_erased_their_fields_read_as_null_and_the_rest_stays() {
        Sample event = new Sample(person, "ada@example.org", "203.0.113.9", admin.toString(), "asked for it");
        SerializedObject<byte[]> serialized = serializer.serialize(event, byte[].class);

        sealer.erase(person);

        Sample read = serializer.deserialize(serialized);
        assertThat(read.email()).isNull();
        assertThat(read.clientAddress()).isEqualTo("203.0.113.9"); // the admin's, under the admin's key
        assertThat(read.reason()).isEqualTo("asked for it");
        assertThat(read.accountId()).isEqualTo(person);
    }

    @Test
    void nothing_of_an_erased_person_is_written_any_more() {
        sealer.erase(person);

        String json = stored(new Sample(person, "ada@example.org", null, person.toString(), null));

        assertThat(json).doesNotContain("ada@example.org").contains("\"email\":null");
    }

    @Test
    void values_that_belong_to_no_person_are_stored_plain_and_read_back() {
        Sample event = new Sample(person, "ada@example.org", "198.51.100.7", "system", null);

        assertThat(stored(event)).contains("{\"plain\":\"198.51.100.7\"}");
        Sample read = readBack(event);
        assertThat(read).isEqualTo(event);
    }

    @Test
    void a_documents_text_is_erased_with_its_sponsor() {
        UUID document = UUID.randomUUID();
        Document event = new Document(document, person, "Quarterly plan");
        SerializedObject<byte[]> serialized = serializer.serialize(event, byte[].class);
        assertThat(new String(serialized.getData(), StandardCharsets.UTF_8)).doesNotContain("Quarterly plan");

        sealer.erase(person);

        Document read = serializer.deserialize(serialized);
        assertThat(read.title()).isNull();
    }

    @Test
    void a_sealed_value_moved_to_another_subject_does_not_open() {
        UUID other = UUID.randomUUID();
        String json = stored(new Sample(person, "ada@example.org", null, "system", null));
        String moved = json.replace(person.toString(), other.toString());
        sealer.seal(other, other, new byte[1], new byte[1]); // the other subject has a key of its own

        Sample read = serializer.deserialize(new org.axonframework.serialization.SimpleSerializedObject<>(
                moved.getBytes(StandardCharsets.UTF_8), byte[].class, serializer.typeForClass(Sample.class)));

        assertThat(read.email()).isNull();
    }

    @Test
    void events_without_personal_fields_pass_through_unchanged() {
        record Plain(UUID id, String note) {
        }
        Plain event = new Plain(person, "hello");

        assertThat(stored(event)).isEqualTo(new String(Jackson3Serializer.builder().build()
                .serialize(event, byte[].class).getData(), StandardCharsets.UTF_8));
    }
}

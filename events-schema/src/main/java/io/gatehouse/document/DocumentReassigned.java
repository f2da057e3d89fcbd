package io.gatehouse.document;

import io.gatehouse.personal.PersonalData;
import io.gatehouse.record.StoredAs;
import org.axonframework.serialization.Revision;

import java.util.UUID;

@Revision("2")
@StoredAs("DocumentReassigned")
public record DocumentReassigned(UUID documentId,
                                 UUID previousEditorId,
                                 UUID editorId,
                                 UUID reassignedBy,
                                 @PersonalData(owner = "reassignedBy") String clientAddress) implements DocumentEvent {

    @Override
    public String actorId() {
        return reassignedBy.toString();
    }
}

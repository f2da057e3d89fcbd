package io.gatehouse.document;

import io.gatehouse.personal.PersonalData;
import io.gatehouse.record.StoredAs;
import org.axonframework.serialization.Revision;

import java.util.UUID;

@Revision("2")
@StoredAs("DocumentEdited")
public record DocumentEdited(UUID documentId,
                             @PersonalData(owner = "documentId") String title,
                             @PersonalData(owner = "documentId") String body,
                             UUID editedBy,
                             @PersonalData(owner = "editedBy") String clientAddress) implements DocumentEvent {

    @Override
    public String actorId() {
        return editedBy.toString();
    }
}

package io.gatehouse.document;

import io.gatehouse.record.StoredAs;
import org.axonframework.serialization.Revision;

import java.util.UUID;

@Revision("1")
@StoredAs("DocumentEdited")
public record DocumentEdited(UUID documentId,
                             String title,
                             String body,
                             UUID editedBy,
                             String clientAddress) implements DocumentEvent {

    @Override
    public String actorId() {
        return editedBy.toString();
    }
}

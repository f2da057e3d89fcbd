package io.gatehouse.document;

import io.gatehouse.record.StoredAs;
import org.axonframework.serialization.Revision;

import java.util.UUID;

@Revision("1")
@StoredAs("DocumentReassigned")
public record DocumentReassigned(UUID documentId,
                                 UUID previousEditorId,
                                 UUID editorId,
                                 UUID reassignedBy,
                                 String clientAddress) implements DocumentEvent {

    @Override
    public String actorId() {
        return reassignedBy.toString();
    }
}

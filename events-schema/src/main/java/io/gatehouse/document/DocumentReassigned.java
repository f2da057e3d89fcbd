package io.gatehouse.document;

import java.util.UUID;

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

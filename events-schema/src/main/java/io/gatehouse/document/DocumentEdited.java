package io.gatehouse.document;

import java.util.UUID;

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

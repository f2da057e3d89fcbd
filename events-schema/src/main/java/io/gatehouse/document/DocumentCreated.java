package io.gatehouse.document;

import java.util.UUID;

public record DocumentCreated(UUID documentId,
                              UUID sponsorId,
                              UUID editorId,
                              String title,
                              String body,
                              String clientAddress) implements DocumentEvent {

    @Override
    public String actorId() {
        return sponsorId.toString();
    }
}

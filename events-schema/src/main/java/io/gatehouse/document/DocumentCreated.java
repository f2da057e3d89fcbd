package io.gatehouse.document;

import io.gatehouse.record.StoredAs;
import org.axonframework.serialization.Revision;

import java.util.UUID;

@Revision("1")
@StoredAs("DocumentCreated")
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

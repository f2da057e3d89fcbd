package io.gatehouse.document;

import io.gatehouse.personal.PersonalData;
import io.gatehouse.record.StoredAs;
import org.axonframework.serialization.Revision;

import java.util.UUID;

@Revision("2")
@StoredAs("DocumentCreated")
public record DocumentCreated(UUID documentId,
                              UUID sponsorId,
                              UUID editorId,
                              @PersonalData(owner = "documentId", person = "sponsorId") String title,
                              @PersonalData(owner = "documentId", person = "sponsorId") String body,
                              @PersonalData(owner = "sponsorId") String clientAddress) implements DocumentEvent {

    @Override
    public String actorId() {
        return sponsorId.toString();
    }
}

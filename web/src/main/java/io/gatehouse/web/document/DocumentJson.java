package io.gatehouse.web.document;

import io.gatehouse.query.document.DocumentView;

import java.time.Instant;
import java.util.UUID;

/** A document as the API shows it to its sponsor and its editor; {@code version} is also its ETag. */
record DocumentJson(UUID id, String title, String body, UUID sponsorId, UUID editorId, Instant createdAt,
                    Instant updatedAt, long version) {

    static DocumentJson of(DocumentView view) {
        return new DocumentJson(view.getDocumentId(), view.getTitle(), view.getBody(), view.getSponsorId(),
                view.getEditorId(), view.getCreatedAt(), view.getUpdatedAt(), view.getVersion());
    }

    /** The strong entity tag of a version: {@code "3"}. */
    static String etag(long version) {
        return "\"" + version + "\"";
    }
}

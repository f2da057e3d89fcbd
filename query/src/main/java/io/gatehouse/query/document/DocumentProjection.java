package io.gatehouse.query.document;

import io.gatehouse.account.AccountErased;
import io.gatehouse.document.DocumentCreated;
import io.gatehouse.document.DocumentEdited;
import io.gatehouse.document.DocumentReassigned;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

@Component
@ProcessingGroup(DocumentProjection.PROCESSING_GROUP)
class DocumentProjection {

    static final String PROCESSING_GROUP = "documents";

    private final DocumentViewRepository documents;
    private final JdbcTemplate jdbc;

    DocumentProjection(DocumentViewRepository documents, JdbcTemplate jdbc) {
        this.documents = documents;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(DocumentCreated event, @Timestamp Instant at, @SequenceNumber long version) {
        documents.save(new DocumentView(event.documentId(), event.sponsorId(), event.editorId(), event.title(),
                event.body(), at, version));
    }

    @EventHandler
    void on(DocumentEdited event, @Timestamp Instant at, @SequenceNumber long version) {
        document(event.documentId()).edit(event.title(), event.body(), at, version);
    }

    @EventHandler
    void on(DocumentReassigned event, @Timestamp Instant at, @SequenceNumber long version) {
        document(event.documentId()).assign(event.editorId(), at, version);
    }

    /**
     * A sponsor's erasure takes their documents' text with it, as a replay would read it. {@link ErasedAtOnce}
     * has already done so in the erasure's transaction; this keeps a replay right.
     */
    @EventHandler
    void on(AccountErased event) {
        eraseTextOf(event.accountId());
    }

    void eraseTextOf(UUID sponsor) {
        jdbc.update("update document_view set title = null, body = null where sponsor_id = ?", sponsor);
    }

    /**
     * One statement in the reset's transaction, instead of loading every row to delete it. A DELETE rather
     * than a TRUNCATE: readers keep seeing the old rows until the reset commits instead of waiting on a lock.
     */
    @ResetHandler
    void reset() {
        jdbc.update("delete from document_view");
    }

    private DocumentView document(UUID documentId) {
        return documents.findById(documentId)
                .orElseThrow(() -> new IllegalStateException("No document view for " + documentId));
    }
}

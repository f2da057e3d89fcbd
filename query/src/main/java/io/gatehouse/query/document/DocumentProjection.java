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
        boolean erased = sponsorErased(event.sponsorId());
        documents.save(new DocumentView(event.documentId(), event.sponsorId(), event.editorId(),
                erased ? null : event.title(), erased ? null : event.body(), at, version));
    }

    @EventHandler
    void on(DocumentEdited event, @Timestamp Instant at, @SequenceNumber long version) {
        DocumentView document = document(event.documentId());
        boolean erased = sponsorErased(document.getSponsorId());
        document.edit(erased ? null : event.title(), erased ? null : event.body(), at, version);
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

    /**
     * Whether the sponsor is erased, holding their directory row until this transaction ends. This processor may
     * be behind, and may have opened an event's sealed text before the erasure destroyed the key; written after
     * {@link ErasedAtOnce} cleared the sponsor's documents, it would bring the text back. The lock orders the two:
     * an erasure that committed first is seen here, and one that comes later waits (its clearing takes the same
     * row first) and then clears what this transaction wrote.
     */
    private boolean sponsorErased(UUID sponsor) {
        return jdbc.queryForList("select status from account_view where account_id = ? for share", String.class, sponsor)
                .contains("ERASED");
    }

    /** Takes the sponsor's directory row first: see {@link #sponsorErased}. */
    void eraseTextOfNow(UUID sponsor) {
        jdbc.queryForList("select 1 from account_view where account_id = ? for update", sponsor);
        eraseTextOf(sponsor);
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

package io.gatehouse.query.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "document_view")
public class DocumentView {

    @Id
    @Column(name = "document_id")
    private UUID documentId;

    @Column(name = "sponsor_id", nullable = false)
    private UUID sponsorId;

    @Column(name = "editor_id", nullable = false)
    private UUID editorId;

    @Column(name = "title")
    private String title;

    @Column(name = "body")
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The aggregate's version: the sequence number of the document's last event. Edit forms carry it. */
    @Column(name = "version", nullable = false)
    private long version;

    protected DocumentView() {
    }

    DocumentView(UUID documentId, UUID sponsorId, UUID editorId, String title, String body, Instant createdAt,
                 long version) {
        this.documentId = documentId;
        this.sponsorId = sponsorId;
        this.editorId = editorId;
        this.title = title;
        this.body = body == null ? "" : body;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
        this.version = version;
    }

    void edit(String title, String body, Instant at, long version) {
        this.title = title;
        this.body = body == null ? "" : body;
        this.updatedAt = at;
        this.version = version;
    }

    void assign(UUID editorId, Instant at, long version) {
        this.editorId = editorId;
        this.updatedAt = at;
        this.version = version;
    }

    public UUID getDocumentId() {
        return documentId;
    }

    public UUID getSponsorId() {
        return sponsorId;
    }

    public UUID getEditorId() {
        return editorId;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}

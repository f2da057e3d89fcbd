package io.gatehouse.query.document;

import io.gatehouse.query.Pages;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Documents as their sponsor and editor see them. A document is only ever returned to one of those two:
 * to anyone else it does not exist.
 */
@Service
@Transactional(readOnly = true)
public class DocumentCatalog {

    public static final int PAGE_SIZE = 20;
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.asc("documentId"));

    private final DocumentViewRepository documents;

    DocumentCatalog(DocumentViewRepository documents) {
        this.documents = documents;
    }

    public Page<DocumentView> findSponsoredBy(UUID sponsorId, int page) {
        return documents.findBySponsorId(sponsorId, PageRequest.of(Pages.clamp(page, PAGE_SIZE), PAGE_SIZE, NEWEST_FIRST));
    }

    public Page<DocumentView> findAssignedTo(UUID editorId, int page) {
        return documents.findByEditorId(editorId, PageRequest.of(Pages.clamp(page, PAGE_SIZE), PAGE_SIZE, NEWEST_FIRST));
    }

    public long countSponsoredBy(UUID sponsorId) {
        return documents.countBySponsorId(sponsorId);
    }

    public long countAssignedTo(UUID editorId) {
        return documents.countByEditorId(editorId);
    }

    /**
     * Up to {@code limit} documents the account sponsors (if {@code asSponsor}) or edits (if {@code asEditor}),
     * newest change first, just after the one at ({@code updatedAt}, {@code documentId}), or from the start for
     * null: a keyset page that stays right while documents change.
     */
    public List<DocumentView> findVisibleTo(UUID accountId, boolean asSponsor, boolean asEditor, Instant updatedAt,
                                            UUID documentId, int limit) {
        return updatedAt == null ? documents.firstOf(accountId, asSponsor, asEditor, Limit.of(limit))
                : documents.after(accountId, asSponsor, asEditor, updatedAt, documentId, Limit.of(limit));
    }

    /** Only the title: enough for the audit trail to name a document without showing it. */
    public Optional<String> findTitle(UUID documentId) {
        return documents.findById(documentId).map(DocumentView::getTitle);
    }

    public Optional<DocumentView> findForSponsor(UUID documentId, UUID sponsorId) {
        return documents.findById(documentId).filter(d -> d.getSponsorId().equals(sponsorId));
    }

    public Optional<DocumentView> findForEditor(UUID documentId, UUID editorId) {
        return documents.findById(documentId).filter(d -> d.getEditorId().equals(editorId));
    }
}

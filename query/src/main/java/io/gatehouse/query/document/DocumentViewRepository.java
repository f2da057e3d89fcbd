package io.gatehouse.query.document;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

interface DocumentViewRepository extends JpaRepository<DocumentView, UUID> {

    Page<DocumentView> findBySponsorId(UUID sponsorId, Pageable pageable);

    Page<DocumentView> findByEditorId(UUID editorId, Pageable pageable);

    @Query("""
            select d from DocumentView d
            where ((:asSponsor = true and d.sponsorId = :account) or (:asEditor = true and d.editorId = :account))
            order by d.updatedAt desc, d.documentId asc""")
    List<DocumentView> firstOf(UUID account, boolean asSponsor, boolean asEditor, Limit limit);

    @Query("""
            select d from DocumentView d
            where ((:asSponsor = true and d.sponsorId = :account) or (:asEditor = true and d.editorId = :account))
              and (d.updatedAt < :updatedAt or (d.updatedAt = :updatedAt and d.documentId > :documentId))
            order by d.updatedAt desc, d.documentId asc""")
    List<DocumentView> after(UUID account, boolean asSponsor, boolean asEditor, Instant updatedAt, UUID documentId,
                             Limit limit);

    long countBySponsorId(UUID sponsorId);

    long countByEditorId(UUID editorId);
}

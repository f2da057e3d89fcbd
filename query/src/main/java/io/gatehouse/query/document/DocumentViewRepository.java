package io.gatehouse.query.document;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

interface DocumentViewRepository extends JpaRepository<DocumentView, UUID> {

    Page<DocumentView> findBySponsorId(UUID sponsorId, Pageable pageable);

    Page<DocumentView> findByEditorId(UUID editorId, Pageable pageable);

    long countBySponsorId(UUID sponsorId);

    long countByEditorId(UUID editorId);
}

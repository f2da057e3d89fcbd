package io.gatehouse.query.audit;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

    List<AuditEntry> findBySubjectIdOrderByOccurredAtAscIdAsc(UUID subjectId);

    List<AuditEntry> findBySubjectIdAndEventTypeNotInOrderByOccurredAtAscIdAsc(UUID subjectId, Collection<String> types);
}

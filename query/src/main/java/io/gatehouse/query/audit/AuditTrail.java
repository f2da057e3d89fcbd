package io.gatehouse.query.audit;

import io.gatehouse.query.Pages;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Reads the audit trail. */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

    public static final int PAGE_SIZE = 50;

    private final AuditEntryRepository entries;

    AuditTrail(AuditEntryRepository entries) {
        this.entries = entries;
    }

    /** The event types the trail records, as the {@code type} filter names them. */
    public static List<String> eventTypes() {
        return AuditWording.eventTypes();
    }

    /** Every recorded event matching the filter, newest first. */
    public Page<AuditEntry> findEntries(AuditFilter filter, int page) {
        return entries.findAll(matching(filter), PageRequest.of(Pages.clamp(page, PAGE_SIZE), PAGE_SIZE,
                Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"))));
    }

    /** One subject's whole history, oldest first. */
    public List<AuditEntry> findHistory(UUID subjectId) {
        return entries.findBySubjectIdOrderByOccurredAtAscIdAsc(subjectId);
    }

    /** The acts on an account, oldest first: its whole history but its sign-in activity. */
    public List<AuditEntry> findAccountActs(UUID accountId) {
        return entries.findBySubjectIdAndEventTypeNotInOrderByOccurredAtAscIdAsc(accountId, AuditWording.signInTypes());
    }

    private static Specification<AuditEntry> matching(AuditFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.subjectId() != null) {
                where.add(cb.equal(root.get("subjectId"), filter.subjectId()));
            }
            if (filter.actor() != null && !filter.actor().isBlank()) {
                String actor = filter.actor().strip().toLowerCase(Locale.ROOT);
                where.add(cb.or(cb.equal(cb.lower(root.get("actorId")), actor),
                        cb.equal(cb.lower(root.get("actorEmail")), actor)));
            }
            if (filter.eventType() != null && !filter.eventType().isBlank()) {
                where.add(cb.equal(root.get("eventType"), filter.eventType().strip()));
            }
            if (filter.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), filter.from()));
            }
            if (filter.to() != null) {
                where.add(cb.lessThanOrEqualTo(root.get("occurredAt"), filter.to()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}

package io.gatehouse.web.support;

import io.gatehouse.query.audit.ShortAddress;
import io.gatehouse.query.audit.AuditEntry;

/** One recorded event as the history tables list it: when, what, who (by e-mail), why, from where. */
public record HistoryRow(String time, String iso, String action, String eventType, String detail, String actor,
                         String reason, String clientAddress, String subjectUrl, String subjectId, String subjectLabel,
                         boolean document) {

    public static HistoryRow of(AuditEntry entry) {
        return new HistoryRow(Web.time(entry.getOccurredAt()), Web.iso(entry.getOccurredAt()), entry.getAction(),
                entry.getEventType(), entry.getDetail(),
                entry.getActorEmail() != null ? entry.getActorEmail() : entry.getActorId(),
                entry.getReason(), ShortAddress.of(entry.getClientAddress()),
                entry.isAccountSubject() ? "/audit/accounts/" + entry.getSubjectId() : null,
                entry.getSubjectId() == null ? "" : entry.getSubjectId().toString(),
                entry.getSubjectLabel() != null ? entry.getSubjectLabel()
                        : entry.getSubjectId() != null ? entry.getSubjectId().toString() : "an unknown address",
                entry.getSubjectType() == AuditEntry.Subject.DOCUMENT);
    }
}

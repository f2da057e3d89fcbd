package io.gatehouse.web.audit;

import io.gatehouse.query.audit.AuditEntry;
import io.gatehouse.web.support.Web;

/**
 * One recorded event as the audit tables list it, with the act it belongs to: the act's id (trace id, else
 * correlation id) in short, the whole id in its title and a link to everything that act caused.
 */
record AuditRow(String time, String iso, String action, String eventType, String detail, String actor,
                String reason, String clientAddress, String subjectUrl, String subjectId, String subjectLabel,
                boolean document, String correlation, String correlationShort, String correlationUrl) {

    private static final int SHORT = 8;

    static AuditRow of(AuditEntry entry) {
        String correlation = entry.getActId();
        return new AuditRow(Web.time(entry.getOccurredAt()), Web.iso(entry.getOccurredAt()), entry.getAction(),
                entry.getEventType(), entry.getDetail(),
                entry.getActorEmail() != null ? entry.getActorEmail() : entry.getActorId(),
                entry.getReason(), entry.getClientAddress(),
                entry.isAccountSubject() ? "/audit/accounts/" + entry.getSubjectId() : null,
                entry.getSubjectId() == null ? "" : entry.getSubjectId().toString(),
                entry.getSubjectLabel() != null ? entry.getSubjectLabel()
                        : entry.getSubjectId() != null ? entry.getSubjectId().toString() : "an unknown address",
                entry.getSubjectType() == AuditEntry.Subject.DOCUMENT,
                correlation,
                correlation == null ? null : correlation.length() <= SHORT ? correlation : correlation.substring(0, SHORT),
                correlation == null ? null : new AuditParams(null, null, null, null, null, correlation).link("/audit", null, null));
    }
}

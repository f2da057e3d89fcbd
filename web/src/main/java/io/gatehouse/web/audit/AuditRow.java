package io.gatehouse.web.audit;

import io.gatehouse.query.audit.AuditEntry;
import io.gatehouse.web.support.HistoryRow;

/**
 * One recorded event as the audit tables list it, with the act it belongs to: the act's id (trace id, else
 * correlation id) in short, the whole id in its title and a link to everything that act caused.
 */
record AuditRow(String time, String iso, String action, String eventType, String detail, String actor,
                String reason, String clientAddress, String subjectUrl, String subjectId, String subjectLabel,
                boolean document, String correlation, String correlationShort, String correlationUrl) {

    private static final int SHORT = 8;

    static AuditRow of(AuditEntry entry) {
        HistoryRow row = HistoryRow.of(entry);
        String correlation = entry.getActId();
        return new AuditRow(row.time(), row.iso(), row.action(), row.eventType(), row.detail(), row.actor(),
                row.reason(), row.clientAddress(), row.subjectUrl(), row.subjectId(), row.subjectLabel(),
                row.document(), correlation,
                correlation == null ? null : correlation.length() <= SHORT ? correlation : correlation.substring(0, SHORT),
                correlation == null ? null : new AuditParams(null, null, null, null, null, correlation).link("/audit", null, null));
    }
}

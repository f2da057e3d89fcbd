package io.gatehouse.query.audit;

import java.util.List;

/**
 * One page of the trail, newest first. {@code newer} and {@code older} are the cursors to the neighbouring
 * pages, null where there is none.
 */
public record AuditPage(List<AuditEntry> entries, AuditCursor newer, AuditCursor older) {
}

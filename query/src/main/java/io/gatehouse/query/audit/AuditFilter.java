package io.gatehouse.query.audit;

import java.time.Instant;
import java.util.UUID;

/** What an auditor narrows the trail by; any part may be null. {@code actor} is an account id, an e-mail or "system". */
public record AuditFilter(UUID subjectId, String actor, String eventType, Instant from, Instant to) {
}

package io.gatehouse.query.audit;

import java.time.Instant;

/**
 * What an auditor narrows the trail by; any part may be null. {@code account} is an account id or an e-mail
 * (as registered); {@code actor} is an account id, an e-mail, "system" or "anonymous"; {@code correlationId}
 * finds everything one act caused.
 */
public record AuditFilter(String account, String actor, String eventType, Instant from, Instant to,
                          String correlationId) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}

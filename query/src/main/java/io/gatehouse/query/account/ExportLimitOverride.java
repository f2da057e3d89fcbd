package io.gatehouse.query.account;

import io.gatehouse.account.ExportLimits;

import java.time.Instant;
import java.util.UUID;

/**
 * The last word an admin had on one account's export limits: its own limits, or none (cleared) so its
 * roles' defaults apply. {@code changedAt} orders every change, so a limiter can tell the newest.
 */
public record ExportLimitOverride(UUID accountId, ExportLimits limits, String reason, String changedBy,
                                  Instant changedAt) {

    public boolean inForce() {
        return limits != null;
    }
}

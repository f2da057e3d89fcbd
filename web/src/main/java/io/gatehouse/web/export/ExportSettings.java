package io.gatehouse.web.export;

import io.gatehouse.account.ExportLimits;
import io.gatehouse.account.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.Set;

/**
 * How much PDF exporting people may do, and how much the server does at once.
 *
 * @param sponsor        each sponsor's limits unless an admin set the account's own
 * @param editor         each editor's; an account holding both roles gets the larger of each number
 * @param runningAtOnce  exports rendered at the same moment on this instance, whoever asks; 0 for half the
 *                       processors (at least one), so pages keep the rest
 * @param queueWait      how long an export waits for one of those before it is refused with 429
 * @param lease          how long a running export counts towards its account's "at once" even if its instance
 *                       died without saying it finished
 * @param busyRetryAfter the Retry-After of a refusal that no window explains (all running, all busy)
 */
@ConfigurationProperties("gatehouse.exports")
record ExportSettings(@DefaultValue RoleLimits sponsor, @DefaultValue RoleLimits editor,
                      @DefaultValue("0") int runningAtOnce, @DefaultValue("10s") Duration queueWait,
                      @DefaultValue("2m") Duration lease, @DefaultValue("2s") Duration busyRetryAfter) {

    ExportSettings {
        sponsor.limits();
        editor.limits();
        if (runningAtOnce < 0 || queueWait.isNegative() || lease.isNegative() || lease.isZero()
                || busyRetryAfter.isNegative() || busyRetryAfter.isZero()) {
            throw new IllegalArgumentException("gatehouse.exports: running-at-once must not be negative, queue-wait "
                    + "must not be negative, lease and busy-retry-after must be positive");
        }
    }

    /** The defaults of an account's roles; an account with neither role (the API lets admins in) gets the sponsor's. */
    ExportLimits defaultsFor(Set<Role> roles) {
        ExportLimits limits = null;
        if (roles.contains(Role.SPONSOR)) {
            limits = sponsor.limits();
        }
        if (roles.contains(Role.EDITOR)) {
            limits = limits == null ? editor.limits() : limits.max(editor.limits());
        }
        return limits == null ? sponsor.limits() : limits;
    }

    int renderSlots() {
        return runningAtOnce > 0 ? runningAtOnce : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    record RoleLimits(@DefaultValue("10") int perMinute, @DefaultValue("200") int perDay,
                      @DefaultValue("2") int atOnce) {

        ExportLimits limits() {
            ExportLimits limits = new ExportLimits(perMinute, perDay, atOnce);
            if (limits.problem() != null) {
                throw new IllegalArgumentException("gatehouse.exports: " + limits.problem());
            }
            return limits;
        }
    }
}

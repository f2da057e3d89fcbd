package io.gatehouse.web.export;

import io.gatehouse.web.throttle.TransactionBoundDataSource;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Each account's exports per {@link QuotaWindow}, as Bucket4j buckets in the table {@code export_quota}
 * ({@code minute:<id>}, {@code day:<id>}). Read and written only inside the caller's transaction, whose row
 * locks (select for update) and commit or rollback decide what counts.
 * <p>
 * A bucket holds as many tokens as the largest limit an admin can set and all of them come back at the window's
 * end (aligned interval refill): it counts what was used, and the limit to compare that with is the caller's.
 * So its configuration never depends on an account's limits and never has to be replaced when they change.
 */
@Component
class WindowCounts {

    /** Raise it when {@link #configuration} changes, so that stored buckets take the new one at their next use. */
    private static final long CONFIGURATION_VERSION = 1;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    WindowCounts(DataSource dataSource, Clock clock) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(new TransactionBoundDataSource(dataSource))
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("export_quota").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .clientClock(meter(clock))
                .build();
    }

    /** Counts one export in the window; returns how many the window now holds, this one included. */
    long take(QuotaWindow window, UUID accountId) {
        ConsumptionProbe probe = bucket(window, accountId).tryConsumeAndReturnRemaining(1);
        // an empty bucket has counted the largest limit there is: over any limit
        return probe.isConsumed() ? window.capacity() - probe.getRemainingTokens() : window.capacity() + 1L;
    }

    /** Uncounts one export (never below zero: a bucket holds no more than its capacity). */
    void giveBack(QuotaWindow window, UUID accountId) {
        bucket(window, accountId).addTokens(1);
    }

    /** Removes up to {@code limit} buckets that are full again; returns how many. */
    int removeExpired(int limit) {
        return buckets.removeExpired(limit);
    }

    static String key(QuotaWindow window, UUID accountId) {
        return window.policy() + ":" + accountId;
    }

    private BucketProxy bucket(QuotaWindow window, UUID accountId) {
        return buckets.builder()
                .withImplicitConfigurationReplacement(CONFIGURATION_VERSION, TokensInheritanceStrategy.AS_IS)
                .build(key(window, accountId), () -> configuration(window));
    }

    private static BucketConfiguration configuration(QuotaWindow window) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(window.capacity())
                        .refillIntervallyAligned(window.capacity(), window.length(), Instant.EPOCH)
                        .id(window.policy()).build())
                .build();
    }

    /** Bucket4j reads the app's clock, so that tests can move time as they do for every other deadline. */
    private static TimeMeter meter(Clock clock) {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }
}

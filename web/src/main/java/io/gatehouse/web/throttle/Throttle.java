package io.gatehouse.web.throttle;

import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Takes tokens from the buckets of the {@code sign_in_throttle} table; see the package documentation. */
@Component
public class Throttle {

    private static final Logger log = LoggerFactory.getLogger(Throttle.class);

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final TransactionTemplate ownTransaction;
    /**
     * Bucket4j moves a stored bucket to the limits it is given only if they carry a higher version than the
     * bucket's. This instance's start time is that version: after a restart with changed limits, each bucket
     * takes them at its next use (its tokens scaled to the new size), and among several instances the one
     * started last, with the newest settings, wins.
     */
    private final long limitsVersion = System.currentTimeMillis();

    Throttle(DataSource dataSource, PlatformTransactionManager transactionManager) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(new TransactionBoundDataSource(dataSource))
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("sign_in_throttle").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Takes one token from each bucket, or throws {@link ThrottledException} if one of them is empty.
     * For acts that cost whether or not they succeed (a sign-up, a reset mail). Commits at once.
     */
    public void take(ThrottleKey... keys) {
        ThrottleKey empty = ownTransaction.execute(status -> takeAll(List.of(keys)));
        if (empty != null) {
            throw refused(empty);
        }
    }

    /** Like {@link #take}, but answers instead of throwing: for limits that must not show in the answer. */
    public boolean tryTake(ThrottleKey... keys) {
        try {
            take(keys);
            return true;
        } catch (ThrottledException empty) {
            return false;
        }
    }

    /**
     * Runs {@code attempt} once a token is taken from each bucket; if a bucket is empty, {@code attempt}
     * does not run and {@link ThrottledException} is thrown. If it returns, it succeeded: the tokens are
     * given back. If it throws, it failed: the tokens stay spent and the exception is rethrown.
     * <p>
     * The tokens are taken, and committed, before the attempt runs, so parallel guesses cannot slip past
     * the limit; no row stays locked and no connection is held while the attempt (a password hash, a code
     * check with writes of its own) runs.
     */
    public <T> T guard(Collection<ThrottleKey> keys, Supplier<T> attempt) {
        take(keys.toArray(ThrottleKey[]::new));
        T result = attempt.get();
        giveBack(keys);
        return result;
    }

    /**
     * Whether each bucket still has a token, taking none: for checks too cheap to need {@link #guard}, which
     * spend a token only when they fail ({@link #tryTake}) and must refuse unchecked once a bucket is empty.
     */
    public boolean hasRoom(ThrottleKey key) {
        return Boolean.TRUE.equals(ownTransaction.execute(status -> bucket(key).getAvailableTokens() > 0));
    }

    /** The first empty bucket, in a fixed order so that two attempts never wait for each other's locks. */
    private ThrottleKey takeAll(Collection<ThrottleKey> keys) {
        for (ThrottleKey key : ordered(keys)) {
            if (!bucket(key).tryConsume(1)) {
                return key;
            }
        }
        return null;
    }

    /** A bucket never holds more than its capacity, however many tokens come back. */
    private void giveBack(Collection<ThrottleKey> keys) {
        try {
            ownTransaction.executeWithoutResult(status -> ordered(keys).forEach(key -> bucket(key).addTokens(1)));
        } catch (RuntimeException e) {
            // The attempt succeeded and its answer stands; the tokens merely stay spent.
            log.warn("Could not give back the tokens of a successful attempt on {}", keys, e);
        }
    }

    private static List<ThrottleKey> ordered(Collection<ThrottleKey> keys) {
        return keys.stream().sorted(Comparator.comparing(ThrottleKey::id)).toList();
    }

    private BucketProxy bucket(ThrottleKey key) {
        return buckets.builder()
                .withImplicitConfigurationReplacement(limitsVersion, TokensInheritanceStrategy.PROPORTIONALLY)
                .build(key.id(), key.allowance()::configuration);
    }

    private static ThrottledException refused(ThrottleKey key) {
        log.warn("Refused unchecked: the {} is empty", key);
        return new ThrottledException(key);
    }

    /** Full buckets are dropped as they expire; this sweeps the rows nobody touched again. */
    @Scheduled(fixedDelay = 10, timeUnit = TimeUnit.MINUTES, initialDelay = 10)
    void removeExpired() {
        Integer removed;
        do {
            removed = ownTransaction.execute(status -> buckets.removeExpired(1000));
        } while (removed != null && removed == 1000);
    }
}

package io.gatehouse.web.throttle;

import io.gatehouse.it.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The throttle's own promises, on its buckets in PostgreSQL. */
class ThrottleTest extends IntegrationTest {

    @Autowired
    private Throttle throttle;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private PlatformTransactionManager transactions;

    /**
     * An operator who tightens a limit and restarts tightens it for buckets that are half spent already. The
     * restarted instance is a second Throttle on the same database, started later.
     */
    @Test
    void limitLoweredAtARestartThenAppliesToAnExistingBucket() throws InterruptedException {
        String subject = UUID.randomUUID().toString();
        Allowance generous = new Allowance("test-lower", 10, Duration.ofHours(1));
        for (int i = 0; i < 5; i++) {
            throttle.take(generous.key(subject));
        }
        Throttle restarted = startedLater();
        Allowance strict = new Allowance("test-lower", 2, Duration.ofHours(1));

        restarted.take(strict.key(subject)); // half of ten was left: half of two, one more

        assertThatThrownBy(() -> restarted.take(strict.key(subject))).isInstanceOf(ThrottledException.class);
    }

    @Test
    void limitRaisedAtARestartThenAppliesToAnExistingBucket() throws InterruptedException {
        String subject = UUID.randomUUID().toString();
        Allowance strict = new Allowance("test-raise", 2, Duration.ofHours(1));
        throttle.take(strict.key(subject));
        Throttle restarted = startedLater();
        Allowance generous = new Allowance("test-raise", 20, Duration.ofHours(1));

        for (int i = 0; i < 10; i++) { // half of two was left: half of twenty
            restarted.take(generous.key(subject));
        }

        assertThat(restarted.tryTake(generous.key(subject))).isFalse();
    }

    @Test
    void guardedAttemptWhenItSucceedsThenItsTokenIsGivenBack() {
        Allowance two = new Allowance("test-guard", 2, Duration.ofHours(1));
        ThrottleKey key = two.key(UUID.randomUUID().toString());

        for (int i = 0; i < 5; i++) {
            assertThat(throttle.guard(List.of(key), () -> "ok")).isEqualTo("ok");
        }
        assertThatThrownBy(() -> throttle.guard(List.of(key), () -> {
            throw new IllegalArgumentException("wrong");
        })).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> throttle.guard(List.of(key), () -> {
            throw new IllegalArgumentException("wrong");
        })).isInstanceOf(IllegalArgumentException.class);

        assertThatThrownBy(() -> throttle.guard(List.of(key), () -> "never run")).isInstanceOf(ThrottledException.class);
    }

    /**
     * While an attempt runs (a password hash, a code check that writes), its buckets are not locked: another
     * request on the same bucket, which needs a connection of its own, is answered at once instead of
     * waiting, so a queue of guesses from one address cannot hold the pool's connections.
     */
    @Test
    void guardedAttemptWhileItRunsThenHoldsNoLockOnItsBuckets() {
        Allowance five = new Allowance("test-unlocked", 5, Duration.ofHours(1));
        ThrottleKey key = five.key(UUID.randomUUID().toString());

        boolean takenMeanwhile = throttle.guard(List.of(key), () -> {
            try {
                return CompletableFuture.supplyAsync(() -> throttle.tryTake(key)).get(10, TimeUnit.SECONDS);
            } catch (Exception blocked) {
                throw new AssertionError("another request on the same bucket waited for this attempt", blocked);
            }
        });

        assertThat(takenMeanwhile).isTrue();
    }

    /** Another instance of the throttle, as a later start of the app would make, a millisecond later at least. */
    private Throttle startedLater() throws InterruptedException {
        long started = System.currentTimeMillis();
        while (System.currentTimeMillis() == started) {
            Thread.onSpinWait();
        }
        return new Throttle(dataSource, transactions);
    }
}

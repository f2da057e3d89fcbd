package io.gatehouse.web.security;

import io.gatehouse.account.Actors;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.time.Duration;

/**
 * Slows password guessing: each failed sign-in takes a token from the account's bucket and from the
 * client's; when either is empty, sign-in is refused before the password is even checked. The buckets are
 * rows in PostgreSQL (Bucket4j), so the limit holds across every instance and survives restarts.
 * A refused attempt looks exactly like a wrong password to the person trying.
 */
@Component
class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final BucketConfiguration perAccount;
    private final BucketConfiguration perClient;

    SignInThrottle(DataSource dataSource, Limits limits) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("sign_in_throttle").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
        this.perAccount = configuration(limits.perAccount(), limits.window());
        this.perClient = configuration(limits.perClient(), limits.window());
    }

    /** Whether another attempt for this e-mail from this client may be checked at all. */
    boolean allows(String email, String clientAddress) {
        boolean allowed = available(accountKey(email), perAccount) > 0 && available(clientKey(clientAddress), perClient) > 0;
        if (!allowed) {
            log.warn("Sign-in throttled for {} from {}: too many failed attempts", SignInLog.safeName(email), clientAddress);
        }
        return allowed;
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent failure) {
        String client = failure.getAuthentication().getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress() : "unknown";
        buckets.getProxy(accountKey(failure.getAuthentication().getName()), () -> perAccount).tryConsume(1);
        buckets.getProxy(clientKey(client), () -> perClient).tryConsume(1);
    }

    /** Full buckets are deleted as they expire; this sweeps the rows nobody touched again. */
    @Scheduled(fixedDelay = 10, timeUnit = java.util.concurrent.TimeUnit.MINUTES, initialDelay = 10)
    void removeExpired() {
        int removed;
        do {
            removed = buckets.removeExpired(1000);
        } while (removed == 1000);
    }

    private long available(String key, BucketConfiguration configuration) {
        return buckets.getProxy(key, () -> configuration).getAvailableTokens();
    }

    /** Hashed: whatever was typed (a NUL, a password in the wrong box) never reaches the table as text. */
    private static String accountKey(String email) {
        String normalized = Actors.normalizeEmail(email);
        return "account:" + sha256(normalized == null ? "" : normalized);
    }

    private static String clientKey(String clientAddress) {
        return "client:" + sha256(String.valueOf(clientAddress));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java has SHA-256", impossible);
        }
    }

    private static BucketConfiguration configuration(int attempts, Duration window) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(attempts).refillGreedy(attempts, window).build())
                .build();
    }

    /**
     * @param perAccount failed sign-ins allowed per e-mail address within {@code window}
     * @param perClient  failed sign-ins allowed per client address within {@code window}
     * @param window     how long a full bucket takes to refill
     */
    @ConfigurationProperties("gatehouse.sign-in-throttle")
    record Limits(@DefaultValue("10") int perAccount, @DefaultValue("100") int perClient,
                  @DefaultValue("15m") Duration window) {
    }
}

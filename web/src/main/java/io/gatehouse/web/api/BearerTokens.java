package io.gatehouse.web.api;

import io.gatehouse.account.AccountStatus;
import io.gatehouse.account.ApiScope;
import io.gatehouse.command.account.ApiTokenStore;
import io.gatehouse.command.account.ApiTokenStore.StoredToken;
import io.gatehouse.query.account.AccountDirectory;
import io.gatehouse.query.account.AccountView;
import io.gatehouse.web.apitoken.ApiTokenSecret;
import io.gatehouse.web.support.Web;
import io.gatehouse.web.throttle.ClientAddresses;
import io.gatehouse.web.throttle.Limits;
import io.gatehouse.web.throttle.Throttle;
import io.gatehouse.web.throttle.ThrottleKey;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a presented token on every API request, against the store and the account directory as they are
 * now: a revoked or expired token, or an erased account, fails here; a suspended account's token still says who
 * calls but carries no scope, so a suspension or a revoked role refuses the very next call on every instance.
 * <p>
 * Failures spend the client's sign-in allowance (the same bucket as wrong passwords); once it is empty, tokens
 * from that client are refused unchecked, so a correct guess among many cannot be told from the rest.
 */
@Component
class BearerTokens implements AuthenticationManagerResolver<HttpServletRequest> {

    private static final Logger log = LoggerFactory.getLogger(BearerTokens.class);

    private final ApiTokenStore tokens;
    private final AccountDirectory directory;
    private final Throttle throttle;
    private final Limits limits;
    private final Clock clock;

    BearerTokens(ApiTokenStore tokens, AccountDirectory directory, Throttle throttle, Limits limits, Clock clock) {
        this.tokens = tokens;
        this.directory = directory;
        this.throttle = throttle;
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public AuthenticationManager resolve(HttpServletRequest request) {
        ThrottleKey client = limits.signIn().client().key(ClientAddresses.group(Web.clientAddress(request)));
        return presented -> authenticate((BearerTokenAuthenticationToken) presented, client);
    }

    private Authentication authenticate(BearerTokenAuthenticationToken presented, ThrottleKey client) {
        if (!throttle.hasRoom(client)) {
            var allowance = limits.signIn().client();
            throw new ApiThrottledException(allowance.window().dividedBy(allowance.attempts()));
        }
        Optional<ApiCaller> caller = ApiTokenSecret.parse(presented.getToken()).flatMap(this::callerOf);
        if (caller.isEmpty()) {
            throttle.tryTake(client);
            throw new InvalidBearerTokenException("The token is unknown, expired or revoked.");
        }
        return new ApiTokenAuthentication(caller.get());
    }

    private Optional<ApiCaller> callerOf(ApiTokenSecret secret) {
        Instant now = clock.instant();
        Optional<StoredToken> stored = tokens.findByPrefix(secret.publicPrefix())
                .filter(token -> secret.matches(token.secretHash()));
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        StoredToken token = stored.get();
        if (!token.usableAt(now)) {
            log.info("API token {} refused: {}", token.publicPrefix(), token.revokedAt() != null ? "revoked" : "expired");
            return Optional.empty();
        }
        Optional<AccountView> account = directory.findAccount(token.accountId());
        if (account.isEmpty() || account.get().getStatus() == AccountStatus.ERASED) {
            return Optional.empty();
        }
        tokens.touch(token.tokenId(), now);
        return Optional.of(callerOf(account.get(), token));
    }

    static ApiCaller callerOf(AccountView account, StoredToken token) {
        Set<ApiScope> usable = EnumSet.noneOf(ApiScope.class);
        if (account.getStatus() == AccountStatus.ACTIVE) {
            usable.addAll(token.scopes());
            usable.retainAll(ApiScope.allowedBy(account.getRoles()));
        }
        return new ApiCaller(account.getAccountId(), token.tokenId(), account.getEmail(), account.getStatus(),
                Set.copyOf(account.getRoles()), Set.copyOf(token.scopes()), Set.copyOf(usable));
    }
}

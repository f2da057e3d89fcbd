package io.gatehouse.it;

import io.gatehouse.account.Actors;
import io.gatehouse.account.ApiScope;
import io.gatehouse.account.IssueApiToken;
import io.gatehouse.account.RevokeApiToken;
import io.gatehouse.web.apitoken.ApiTokenSecret;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * Personal API tokens made the way /account/tokens makes them: {@link IssueApiToken} sent by the account's
 * owner with a freshly minted secret, so the tests meet the stored hash exactly as the gate does.
 */
public final class ApiTokensForTests {

    /** A token as its owner holds it: the secret is what an {@code Authorization: Bearer} header carries. */
    public record Issued(UUID accountId, UUID tokenId, String secret) {
    }

    private final CommandGateway commands;
    private final JdbcTemplate jdbc;

    public ApiTokensForTests(CommandGateway commands, JdbcTemplate jdbc) {
        this.commands = commands;
        this.jdbc = jdbc;
    }

    public static ApiTokensForTests of(App app) {
        return new ApiTokensForTests(app.bean(CommandGateway.class), app.bean(JdbcTemplate.class));
    }

    /** A token of the account with these scopes, valid for 30 days; refused as the command refuses it. */
    public Issued issue(UUID accountId, ApiScope... scopes) {
        ApiTokenSecret secret = ApiTokenSecret.mint();
        UUID tokenId = UUID.randomUUID();
        Instant now = TestClock.INSTANCE.instant();
        commands.sendAndWait(new IssueApiToken(accountId, tokenId, "test token " + tokenId.toString().substring(0, 8),
                scopes.length == 0 ? EnumSet.noneOf(ApiScope.class) : EnumSet.copyOf(List.of(scopes)),
                now.plus(Duration.ofDays(30)), secret.publicPrefix(), secret.hash(), now, Actors.of(accountId),
                "127.0.0.1"));
        return new Issued(accountId, tokenId, secret.token());
    }

    /** Every scope there is: for an account whose roles allow them all. */
    public Issued issueWithEveryScope(UUID accountId) {
        return issue(accountId, ApiScope.values());
    }

    /** Its owner revokes it. */
    public void revoke(Issued token) {
        commands.sendAndWait(new RevokeApiToken(token.accountId(), token.tokenId(), Actors.of(token.accountId()),
                "127.0.0.1"));
    }

    /** Its expiry moved a minute into the past, by the app's clock: no clock has to move. */
    public void expire(Issued token) {
        int updated = jdbc.update("update api_token set expires_at = ? where token_id = ?",
                Timestamp.from(TestClock.INSTANCE.instant().minus(Duration.ofMinutes(1))), token.tokenId());
        if (updated != 1) {
            throw new IllegalStateException("No stored token " + token.tokenId());
        }
    }
}

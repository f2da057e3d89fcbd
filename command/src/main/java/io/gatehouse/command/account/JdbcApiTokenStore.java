package io.gatehouse.command.account;

import io.gatehouse.account.ApiScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@Component
class JdbcApiTokenStore implements ApiTokenStore {

    private static final String COLUMNS = "token_id, account_id, name, public_prefix, secret_hash, scopes, created_at, "
            + "expires_at, last_used_at, revoked_at";

    private final JdbcClient jdbc;

    JdbcApiTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void issue(StoredToken token) {
        jdbc.sql("insert into api_token (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, null, null)")
                .params(token.tokenId(), token.accountId(), token.name(), token.publicPrefix(), token.secretHash(),
                        String.join(" ", ApiScope.codes(token.scopes())), Timestamp.from(token.createdAt()),
                        Timestamp.from(token.expiresAt()))
                .update();
    }

    @Override
    public boolean revoke(UUID accountId, UUID tokenId, Instant at) {
        return jdbc.sql("update api_token set revoked_at = ? where token_id = ? and account_id = ? and revoked_at is null")
                .params(Timestamp.from(at), tokenId, accountId).update() == 1;
    }

    @Override
    public void removeAll(UUID accountId) {
        jdbc.sql("delete from api_token where account_id = ?").param(accountId).update();
    }

    @Override
    public Optional<StoredToken> findByPrefix(String publicPrefix) {
        return jdbc.sql("select " + COLUMNS + " from api_token where public_prefix = ?").param(publicPrefix)
                .query(JdbcApiTokenStore::row).optional();
    }

    @Override
    public Optional<StoredToken> find(UUID accountId, UUID tokenId) {
        return jdbc.sql("select " + COLUMNS + " from api_token where token_id = ? and account_id = ?")
                .params(tokenId, accountId).query(JdbcApiTokenStore::row).optional();
    }

    @Override
    public List<StoredToken> of(UUID accountId) {
        return jdbc.sql("select " + COLUMNS + " from api_token where account_id = ? order by created_at desc, token_id")
                .param(accountId).query(JdbcApiTokenStore::row).list();
    }

    @Override
    public int usableCount(UUID accountId, Instant now) {
        return jdbc.sql("select count(*) from api_token where account_id = ? and revoked_at is null and expires_at > ?")
                .params(accountId, Timestamp.from(now)).query(Integer.class).single();
    }

    @Override
    public void touch(UUID tokenId, Instant at) {
        jdbc.sql("update api_token set last_used_at = ? where token_id = ? "
                        + "and (last_used_at is null or last_used_at < ?)")
                .params(Timestamp.from(at), tokenId, Timestamp.from(at.minusSeconds(60))).update();
    }

    private static StoredToken row(ResultSet rs, int rowNum) throws SQLException {
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        Arrays.stream(rs.getString("scopes").split(" ")).map(ApiScope::ofCode).flatMap(Optional::stream)
                .forEach(scopes::add);
        return new StoredToken(rs.getObject("token_id", UUID.class), rs.getObject("account_id", UUID.class),
                rs.getString("name"), rs.getString("public_prefix"), rs.getString("secret_hash"), scopes,
                instant(rs, "created_at"), instant(rs, "expires_at"), instant(rs, "last_used_at"),
                instant(rs, "revoked_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}

package io.gatehouse.web.api;

import io.gatehouse.account.AccountStatus;
import io.gatehouse.account.ApiScope;
import io.gatehouse.account.Role;
import io.gatehouse.query.account.AccountDirectory;
import io.gatehouse.query.account.AccountView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;
import java.util.UUID;

/**
 * Who the token speaks for, and where the account stands: like /account/status, this answers whatever the
 * account's state, so a suspended person's script learns why everything else is refused.
 */
@ApiController
@Tag(name = "Me", description = "Any valid token")
class MeApiController {

    private final AccountDirectory directory;

    MeApiController(AccountDirectory directory) {
        this.directory = directory;
    }

    record MeJson(UUID id, String email, String displayName, AccountStatus status, List<Role> roles,
                  TokenJson token) {
    }

    /** {@code scopes}: what the token was made with; {@code usableScopes}: what the account's roles allow now. */
    record TokenJson(UUID id, List<String> scopes, List<String> usableScopes) {
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "The token's account, its state and roles, and the scopes usable now")
    MeJson me() {
        ApiCaller caller = ApiCaller.current();
        AccountView account = directory.findAccount(caller.accountId()).orElseThrow();
        return new MeJson(caller.accountId(), account.getEmail(), account.getDisplayName(), account.getStatus(),
                account.getRoles().stream().sorted().toList(),
                new TokenJson(caller.tokenId(), ApiScope.codes(caller.tokenScopes()), ApiScope.codes(caller.scopes())));
    }
}

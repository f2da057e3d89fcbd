package io.gatehouse.web.security;

import io.gatehouse.account.AccountStatus;
import org.springframework.security.core.AuthenticatedPrincipal;

import java.io.Serial;
import java.io.Serializable;
import java.util.UUID;

/**
 * The signed-in account as the session stores it. Its name is the account id, which is what Spring
 * Session indexes sessions by, so that all of an account's sessions can be found and ended.
 * {@code status} is refreshed on every request; what is in the session is never trusted for a decision.
 */
public record AccountPrincipal(UUID accountId, String email, String displayName, AccountStatus status)
        implements AuthenticatedPrincipal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public String getName() {
        return accountId.toString();
    }

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }
}

package io.gatehouse.command.account;

import io.gatehouse.account.ApiScope;
import io.gatehouse.account.Role;
import io.gatehouse.command.CommandRefusedException;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The rules a personal API token is made under. A refusal of one field names it ({@code name}, {@code scopes},
 * {@code expiresAt}), so a form can show the message next to what the person chose.
 */
final class ApiTokenRules {

    static final int MAX_NAME = 60;
    static final Duration LONGEST_LIFE = Duration.ofDays(366);
    static final int MOST_USABLE_PER_ACCOUNT = 20;

    private ApiTokenRules() {
    }

    static String requireName(String name) {
        try {
            AccountRules.requireText(name, "A token name", MAX_NAME);
        } catch (CommandRefusedException refused) {
            throw CommandRefusedException.invalid("name", refused.getMessage());
        }
        return name.strip();
    }

    /** At least one scope, and none its account's roles do not allow today. */
    static Set<ApiScope> requireScopesWithin(Collection<ApiScope> scopes, Collection<Role> roles) {
        if (scopes == null || scopes.isEmpty()) {
            throw CommandRefusedException.invalid("scopes", "Choose at least one scope.");
        }
        Set<ApiScope> chosen = EnumSet.copyOf(scopes);
        chosen.removeAll(ApiScope.allowedBy(roles));
        if (!chosen.isEmpty()) {
            throw CommandRefusedException.invalid("scopes", "Your roles do not allow the scope "
                    + String.join(", ", ApiScope.codes(chosen)) + ".");
        }
        return EnumSet.copyOf(scopes);
    }

    /** A token runs out: after at least a minute, and within a year (a leap year's day included). */
    static void requireExpiry(Instant issuedAt, Instant expiresAt) {
        if (issuedAt == null || expiresAt == null || !expiresAt.isAfter(issuedAt.plusSeconds(60))) {
            throw CommandRefusedException.invalid("expiresAt", "A token must expire in the future.");
        }
        if (expiresAt.isAfter(issuedAt.plus(LONGEST_LIFE))) {
            throw CommandRefusedException.invalid("expiresAt", "A token can last at most one year.");
        }
    }

    static void requireRoomForAnother(int usable) {
        if (usable >= MOST_USABLE_PER_ACCOUNT) {
            throw CommandRefusedException.conflict("You have " + usable + " tokens that still work, the most "
                    + "an account can hold; revoke one first.");
        }
    }
}

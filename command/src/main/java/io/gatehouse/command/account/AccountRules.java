package io.gatehouse.command.account;

import io.gatehouse.account.AccountState;
import io.gatehouse.account.AccountStatus;
import io.gatehouse.account.Actors;
import io.gatehouse.account.Role;
import io.gatehouse.command.CommandRefusedException;

import java.util.UUID;

/**
 * The account's rules that have a name, each refusing with words for the person who asked. The {@link Account}
 * aggregate calls them before it applies anything.
 */
final class AccountRules {

    private AccountRules() {
    }

    static void requireStatus(AccountState state, AccountStatus expected, String act) {
        if (state.status() != expected) {
            throw CommandRefusedException.conflict("You can only " + act + " an account that is " + expected
                    + "; this account is " + state.status() + ".");
        }
    }

    static void requireCanSignIn(AccountState state, String act) {
        if (!state.status().canSignIn()) {
            throw CommandRefusedException.conflict("You cannot " + act + " an account that is " + state.status() + ".");
        }
    }

    static void requireNotOwnAccount(UUID accountId, String actorId, String act) {
        if (Actors.isAccount(actorId, accountId)) {
            throw CommandRefusedException.conflict("You cannot " + act + " your own account.");
        }
    }

    static void requireRolesChangeable(AccountState state, String act) {
        AccountStatus status = state.status();
        if (status != AccountStatus.ACTIVE && status != AccountStatus.SUSPENDED) {
            throw CommandRefusedException.conflict("You can only " + act + " an ACTIVE or SUSPENDED account;"
                    + " this account is " + status + ".");
        }
    }

    static void requireNotLastActiveAdmin(AccountRegistry registry, UUID accountId, String what) {
        if (!registry.anotherActiveAdminExists(accountId)) {
            throw CommandRefusedException.conflict("This is the last active admin; it cannot be " + what
                    + ". Make another account an active admin first.");
        }
    }

    static void requireToken(TokenStore tokens, String tokenHash, TokenPurpose purpose, UUID accountId) {
        if (tokenHash == null || !tokens.consume(tokenHash, purpose, accountId)) {
            throw CommandRefusedException.invalid("This link has been used already or is no longer valid.");
        }
    }

    static void requirePasswordHash(String passwordHash) {
        if (passwordHash == null || passwordHash.isBlank()) {
            throw CommandRefusedException.invalid("A password is required.");
        }
    }

    static Role requireRole(Role role) {
        if (role == null) {
            throw CommandRefusedException.invalid("Choose a role.");
        }
        return role;
    }
}

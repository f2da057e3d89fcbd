package io.gatehouse.command.account;

import io.gatehouse.account.AccountState;
import io.gatehouse.account.AccountStatus;
import io.gatehouse.account.Actors;
import io.gatehouse.account.DisplayText;
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

    /** Only the person themselves does this: an admin has acts of their own, recorded as theirs. */
    static void requireOwnAccount(UUID accountId, String actorId, String act) {
        if (!Actors.isAccount(actorId, accountId)) {
            throw CommandRefusedException.conflict("Only the account's owner can " + act + ".");
        }
    }

    /** A request can be withdrawn only while it waits for an admin; decided, it is the admins' to change. */
    static void requireWithdrawable(AccountState state) {
        if (state.status() != AccountStatus.PENDING) {
            throw CommandRefusedException.conflict("Only a request still waiting for an admin can be withdrawn;"
                    + " this account is " + state.status() + ".");
        }
    }

    static void requireText(String value, String what, int max) {
        if (value == null || value.isBlank()) {
            throw CommandRefusedException.invalid(what + " is required.");
        }
        requireOptionalText(value, what, max);
    }

    static void requireOptionalText(String value, String what, int max) {
        if (value == null) {
            return;
        }
        if (value.strip().length() > max) {
            throw CommandRefusedException.invalid(what + " can be at most " + max + " characters long.");
        }
        if (DisplayText.hasHiddenCharacters(value.strip(), true)) {
            throw CommandRefusedException.invalid(what + " contains invisible or direction-changing characters.");
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

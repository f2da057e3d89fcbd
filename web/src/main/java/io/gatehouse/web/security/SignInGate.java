package io.gatehouse.web.security;

import io.gatehouse.query.account.AccountView;
import jakarta.servlet.http.HttpSession;

import java.util.Set;

/**
 * A step a session must still take before its roles count. Worked out on every request from the account's
 * current state and the session's facts, so granting ADMIN to someone signed in with only a password asks
 * them for a code at their next click.
 */
public enum SignInGate {
    /** Nothing in the way. */
    NONE(null, Set.of()),
    /** The password was handed out (the generated first-admin one): only changing it is open. */
    PASSWORD_CHANGE("/account/password", Set.of("/account/password", "/logout")),
    /**
     * Admins and auditors set up an authenticator before anything else. A password alone changes nothing
     * else of the account (its password, its other sessions): that needs the second factor too.
     */
    SECOND_FACTOR_ENROLMENT("/account/mfa", Set.of("/account/mfa", "/account/status", "/login/mfa", "/logout")),
    /** The code after the password; until then, as above, the session can only see where it stands. */
    SECOND_FACTOR("/login/mfa", Set.of("/account/status", "/login/mfa", "/logout"));

    private final String page;
    private final Set<String> open;

    SignInGate(String page, Set<String> open) {
        this.page = page;
        this.open = open;
    }

    public static SignInGate of(AccountView account, HttpSession session) {
        if (SessionFacts.mustChangePassword(session)) {
            return PASSWORD_CHANGE;
        }
        if (account.needsSecondFactor() && SessionFacts.secondFactorAt(session).isEmpty()) {
            return account.isSecondFactorEnrolled() ? SECOND_FACTOR : SECOND_FACTOR_ENROLMENT;
        }
        return NONE;
    }

    /** The page that takes the step. */
    public String page() {
        return page;
    }

    /** Whether a gated session may reach {@code path} (entries ending in "/" open everything under them). */
    boolean opens(String path) {
        return open.stream().anyMatch(p -> p.endsWith("/") ? path.startsWith(p) : path.equals(p));
    }

    String authority() {
        return "GATE_" + name();
    }
}

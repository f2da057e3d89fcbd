package io.gatehouse.command.account;

import io.gatehouse.account.Role;

import java.time.Duration;

/**
 * One generated command of {@link AccountCommandSequenceTest}, in terms of the world's account numbers
 * rather than ids, so that a shrunk failing sequence reads as a story: "SUSPEND #0 by #1, reason '  '".
 *
 * @param actor            the account number acting, or {@link #OUTSIDER}
 * @param validToken       for CONFIRM only: whether the link is one issued to the target
 * @param hoursAfterSignUp for EXPIRE only: how long after the sign-up the expiry runs
 */
record Step(Kind kind, int target, int actor, String reason, Role role, boolean validToken,
            Duration hoursAfterSignUp) {

    /** Someone acting who is none of the world's accounts, so never "their own account" nor a counted admin. */
    static final int OUTSIDER = -1;

    enum Kind { APPROVE, REJECT, SUSPEND, REINSTATE, GRANT, REVOKE, WITHDRAW, ERASE, CONFIRM, EXPIRE }

    @Override
    public String toString() {
        String on = kind + " #" + target;
        return switch (kind) {
            case CONFIRM -> on + (validToken ? " with its link" : " with an unknown link");
            case EXPIRE -> on + " at sign-up + " + hoursAfterSignUp.toString().substring(2);
            case GRANT, REVOKE -> on + " " + role + " by " + who() + ", reason " + quoted();
            default -> on + " by " + who() + ", reason " + quoted();
        };
    }

    private String who() {
        return actor == OUTSIDER ? "an outsider" : actor == target ? "#" + actor + " (self)" : "#" + actor;
    }

    private String quoted() {
        if (reason == null) {
            return "null";
        }
        return reason.length() > 40 ? "'" + reason.strip().charAt(0) + "' x " + reason.strip().length()
                + (reason.equals(reason.strip()) ? "" : " padded") : "'" + reason + "'";
    }
}

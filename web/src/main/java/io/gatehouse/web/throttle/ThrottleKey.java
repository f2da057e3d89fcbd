package io.gatehouse.web.throttle;

import io.gatehouse.command.account.Tokens;

/**
 * One bucket: an allowance for one subject (an e-mail address, a client, a browser). The subject is
 * stored hashed: whatever was typed (a NUL, a password in the wrong box) never reaches the table as text.
 */
public record ThrottleKey(Allowance allowance, String subject) {

    String id() {
        return allowance.name() + ":" + Tokens.hash(String.valueOf(subject));
    }

    @Override
    public String toString() {
        return allowance.name() + " bucket";
    }
}

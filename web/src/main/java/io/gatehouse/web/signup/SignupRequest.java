package io.gatehouse.web.signup;

import io.gatehouse.account.Role;

import java.util.UUID;

/**
 * A sign-up as it waits in the outbox: the form's fields, with the password already hashed. Whether the
 * address is free is decided when it is processed, so the person who sent it is answered the same way,
 * in the same time, either way.
 */
record SignupRequest(UUID accountId, String email, String displayName, String organization, Role role,
                     String passwordHash, String clientAddress) {

    @Override
    public String toString() {
        return "SignupRequest[" + accountId + " as " + role + "]";
    }
}

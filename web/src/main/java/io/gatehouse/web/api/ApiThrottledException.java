package io.gatehouse.web.api;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/** Too many failed tokens from this client: refused unchecked until the allowance refills. */
final class ApiThrottledException extends AuthenticationException {

    private final transient Duration retryAfter;

    ApiThrottledException(Duration untilNextAttempt) {
        super("Too many failed tokens from this client.");
        this.retryAfter = untilNextAttempt;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}

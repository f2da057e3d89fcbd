package io.gatehouse.web.api;

/** A write that must say which version it is based on, and did not (428). */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException(String message) {
        super(message, null, false, false);
    }
}

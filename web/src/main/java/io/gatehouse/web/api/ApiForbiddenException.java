package io.gatehouse.web.api;

/** The token may reach this address, but its account may not do this here (e.g. an editor creating a document). */
public class ApiForbiddenException extends RuntimeException {

    public ApiForbiddenException(String message) {
        super(message, null, false, false);
    }
}

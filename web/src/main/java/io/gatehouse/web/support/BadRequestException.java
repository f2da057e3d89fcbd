package io.gatehouse.web.support;

/** Input that cannot be understood; the message tells the person what to send instead. */
public class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message, null, false, false);
    }
}

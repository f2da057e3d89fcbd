package io.gatehouse.web.support;

/** The thing asked for does not exist, or is not this person's to see: both answer 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message, null, false, false);
    }
}

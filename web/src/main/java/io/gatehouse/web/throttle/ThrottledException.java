package io.gatehouse.web.throttle;

/** The attempt was refused unchecked: a bucket it needed was empty. */
public class ThrottledException extends RuntimeException {

    private final transient ThrottleKey key;

    ThrottledException(ThrottleKey key) {
        super("Too many attempts (" + key + ")", null, false, false);
        this.key = key;
    }

    public ThrottleKey key() {
        return key;
    }
}

package io.gatehouse.account;

/**
 * How many PDF exports an account may make: per minute, per day, and at most how many at once.
 * A value object for the commands and the pages; events store the three numbers as they are.
 */
public record ExportLimits(int perMinute, int perDay, int atOnce) {

    public static final int MAX_PER_MINUTE = 1_000;
    public static final int MAX_PER_DAY = 100_000;
    public static final int MAX_AT_ONCE = 16;

    /** Why these limits cannot be used, or null when they can. */
    public String problem() {
        if (perMinute < 1 || perMinute > MAX_PER_MINUTE) {
            return "Exports per minute must be between 1 and " + MAX_PER_MINUTE + ".";
        }
        if (perDay < perMinute || perDay > MAX_PER_DAY) {
            return "Exports per day must be at least the number per minute and at most " + MAX_PER_DAY + ".";
        }
        if (atOnce < 1 || atOnce > MAX_AT_ONCE) {
            return "Exports at once must be between 1 and " + MAX_AT_ONCE + ".";
        }
        return null;
    }

    /** The larger of each limit: an account holding two roles gets the more generous of their defaults. */
    public ExportLimits max(ExportLimits other) {
        return new ExportLimits(Math.max(perMinute, other.perMinute), Math.max(perDay, other.perDay),
                Math.max(atOnce, other.atOnce));
    }

    @Override
    public String toString() {
        return perMinute + "/min, " + perDay + "/day, " + atOnce + " at once";
    }
}

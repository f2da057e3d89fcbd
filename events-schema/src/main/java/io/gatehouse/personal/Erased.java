package io.gatehouse.personal;

/** What pages, exports and logs show where an erased person's data was. */
public final class Erased {

    public static final String LABEL = "erased account";

    private Erased() {
    }

    /** The value, or {@link #LABEL} when it was erased (reads as null). */
    public static String orLabel(String value) {
        return value == null ? LABEL : value;
    }
}

package io.gatehouse.web.support;

/** A count with its noun in the right number: "1 event", "2 events", "0 events". */
public final class Plural {

    private Plural() {
    }

    public static String of(long count, String one, String many) {
        return count + " " + noun(count, one, many);
    }

    /** The noun alone, for pages that print the count themselves. */
    public static String noun(long count, String one, String many) {
        return count == 1 ? one : many;
    }
}

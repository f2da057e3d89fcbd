package io.gatehouse.web.apitoken;

import java.util.List;

/** One choice of the form's expiry select. The command decides what is acceptable; these are what the page offers. */
record ExpiryChoice(int days, String label, boolean selected) {

    static final int DEFAULT_DAYS = 90;
    private static final List<Integer> OFFERED = List.of(7, 30, DEFAULT_DAYS, 180, 365);

    /** The choices, the one the form holds selected (none when it holds something else, say a hand-made 400). */
    static List<ExpiryChoice> offered(String chosen) {
        return OFFERED.stream()
                .map(days -> new ExpiryChoice(days, days == 365 ? "1 year (365 days)" : days + " days",
                        String.valueOf(days).equals(chosen)))
                .toList();
    }
}

package io.gatehouse.web.audit;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * One filter field as the audit forms show it again: the value as typed, its problem if any (shown next to it,
 * the field marked), and for a time the input type. A browser's date-time field can only hold
 * {@code 2026-11-29T10:30[:15]}; any other value (a date, an ISO instant with its zone, a mistake) is shown in
 * a text field, so what the person sent is what they see.
 */
record FormField(String name, String value, String error, String inputType) {

    private static final Pattern LOCAL_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?");

    static FormField text(String name, String value, Map<String, String> problems) {
        return new FormField(name, value == null ? "" : value, problems.get(name), "text");
    }

    static FormField time(String name, String value, Map<String, String> problems) {
        String typed = value == null ? "" : value;
        String error = problems.get(name);
        boolean fits = error == null && (typed.isEmpty() || LOCAL_DATE_TIME.matcher(typed).matches());
        return new FormField(name, typed, error, fits ? "datetime-local" : "text");
    }

    public boolean invalid() {
        return error != null;
    }
}

package io.gatehouse.web.audit;

import io.gatehouse.query.audit.AuditCursor;
import io.gatehouse.query.audit.AuditFilter;
import io.gatehouse.query.audit.AuditTrail;
import io.gatehouse.web.support.BadRequestException;
import io.gatehouse.web.support.FieldException;
import io.gatehouse.web.support.Instants;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The /audit filters as a request sends them, checked once for the page and for the CSV download alike: a
 * value the trail cannot take is a message for its field, never a failed query.
 */
record AuditParams(String account, String actor, String type, String from, String to, String correlation) {

    private static final List<String> EVENT_TYPES = AuditTrail.eventTypes();
    private static final int MAX_CORRELATION = 255;

    /** The filter, or the first problem as a 400: for the download, which has no form to show problems in. */
    AuditFilter filter() {
        Map<String, String> problems = new LinkedHashMap<>();
        AuditFilter filter = filter(problems);
        if (filter == null) {
            var first = problems.entrySet().iterator().next();
            throw new FieldException(first.getKey(), first.getValue());
        }
        return filter;
    }

    /** The filter, or null with each field's problem added to {@code problems}. */
    AuditFilter filter(Map<String, String> problems) {
        if (type != null && !type.isBlank() && !EVENT_TYPES.contains(type.strip())) {
            problems.put("type", "Choose one of the listed events; \u201c" + type + "\u201d is not one of them.");
        }
        Instant start = instant(from, "from", false, problems);
        Instant end = instant(to, "to", true, problems);
        if (correlation != null && correlation.strip().length() > MAX_CORRELATION) {
            problems.put("correlation", "An act's id has at most " + MAX_CORRELATION + " characters.");
        }
        return problems.isEmpty() ? new AuditFilter(account, actor, type, start, end, correlation) : null;
    }

    private static Instant instant(String value, String field, boolean endOfDay, Map<String, String> problems) {
        try {
            return Instants.parse(value, field, endOfDay);
        } catch (FieldException wrong) {
            problems.put(field, wrong.advice());
            return null;
        }
    }

    /** The filters in the order the form lists them, as links carry them. */
    Map<String, String> asMap() {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("account", account);
        filters.put("actor", actor);
        filters.put("type", type);
        filters.put("from", from);
        filters.put("to", to);
        filters.put("correlation", correlation);
        return filters;
    }

    /** {@code path} with the filters that are set, and one more parameter if {@code name} is not null. */
    String link(String path, String name, Object value) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        asMap().forEach((key, filter) -> {
            if (filter != null && !filter.isBlank()) {
                uri.queryParam(key, filter);
            }
        });
        if (name != null) {
            uri.queryParam(name, value);
        }
        return uri.encode().build().toUriString();
    }

    static AuditCursor cursor(String value, String name) {
        try {
            return AuditCursor.parse(value).orElse(null);
        } catch (IllegalArgumentException notACursor) {
            throw new BadRequestException("\u201c" + name + "\u201d is not a place in the trail; follow the page's "
                    + "Newer and Older links, or start again from /audit.");
        }
    }
}

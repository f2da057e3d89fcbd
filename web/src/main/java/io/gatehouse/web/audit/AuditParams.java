package io.gatehouse.web.audit;

import io.gatehouse.query.audit.AuditCursor;
import io.gatehouse.query.audit.AuditFilter;
import io.gatehouse.query.audit.AuditTrail;
import io.gatehouse.web.support.BadRequestException;
import io.gatehouse.web.support.Instants;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The /audit filters as a request sends them, checked once for the page and for the CSV download alike: a
 * value the trail cannot take is a 400 with a message, never a failed query.
 */
record AuditParams(String account, String actor, String type, String from, String to, String correlation) {

    private static final List<String> EVENT_TYPES = AuditTrail.eventTypes();
    private static final int MAX_CORRELATION = 255;

    AuditFilter filter() {
        if (type != null && !type.isBlank() && !EVENT_TYPES.contains(type.strip())) {
            throw new BadRequestException("Unknown event type \u201c" + type + "\u201d.");
        }
        if (correlation != null && correlation.strip().length() > MAX_CORRELATION) {
            throw new BadRequestException("\u201ccorrelation\u201d is an id of at most " + MAX_CORRELATION + " characters.");
        }
        return new AuditFilter(account, actor, type, Instants.parse(from, "from", false), Instants.parse(to, "to", true),
                correlation);
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

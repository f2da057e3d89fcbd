package io.gatehouse.query.audit;

import io.gatehouse.account.Actors;
import io.gatehouse.personal.Erased;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The SQL behind the trail: a filter turned into conditions each served by one of the audit_entry indexes,
 * a keyset page of at most {@code limit} rows, and the labels joined in for those rows only.
 */
final class AuditQuery {

    private static final String LABELS = "select e.*, " + labelOf("sl") + " as subject_email, dl.title as latest_title, "
            + labelOf("al") + " as actor_email, " + labelOf("rl") + " as related_email, " + labelOf("ol")
            + " as other_email from (%s) e"
            + " left join audit_account_label sl on e.subject_type = 'ACCOUNT' and sl.account_id = e.subject_id"
            + " left join audit_document_label dl on e.subject_type = 'DOCUMENT' and dl.document_id = e.subject_id"
            + " left join audit_account_label al on al.account_id = e.actor_account_id"
            + " left join audit_account_label rl on rl.account_id = e.related_account_id"
            + " left join audit_account_label ol on ol.account_id = e.other_account_id"
            + " order by e.occurred_at %s, e.id %s";

    /** An account's e-mail as registered; "erased account" once the label lost it (or a replay read it erased). */
    static String labelOf(String alias) {
        return "case when " + alias + ".account_id is null then null else coalesce(" + alias + ".email, '"
                + Erased.LABEL + "') end";
    }

    private final List<String> where = new ArrayList<>();
    private final List<Object> args = new ArrayList<>();
    /** False when a filter can match nothing (an e-mail no account was registered with). */
    private boolean satisfiable = true;

    AuditQuery(AuditFilter filter, JdbcTemplate jdbc) {
        if (present(filter.account())) {
            List<UUID> ids = accounts(filter.account().strip(), jdbc);
            in("subject_id", new ArrayList<>(ids));
        }
        if (present(filter.actor())) {
            String actor = filter.actor().strip().toLowerCase(Locale.ROOT);
            if (Actors.SYSTEM.equals(actor) || Actors.ANONYMOUS.equals(actor) || EventFacts.accountOf(actor) != null) {
                in("actor_id", List.of(actor));
            } else {
                in("actor_id", accounts(actor, jdbc).stream().<Object>map(UUID::toString).toList());
            }
        }
        if (present(filter.eventType())) {
            add("event_type = ?", filter.eventType().strip());
        }
        if (filter.from() != null) {
            add("occurred_at >= ?", EventFacts.time(filter.from()));
        }
        if (filter.to() != null) {
            add("occurred_at <= ?", EventFacts.time(filter.to()));
        }
        if (present(filter.correlationId())) {
            String id = filter.correlationId().strip();
            add("(correlation_id = ? or trace_id = ?)", id, id); // the act's own events, and what they caused
        }
    }

    boolean satisfiable() {
        return satisfiable;
    }

    /** Up to {@code limit} rows beyond {@code cursor}: older ones newest first, or newer ones oldest first. */
    <T> List<T> page(JdbcTemplate jdbc, AuditCursor cursor, boolean older, int limit, RowMapper<T> mapper) {
        List<Object> params = new ArrayList<>();
        String sql = sql(cursor, older, limit, params);
        return jdbc.query(sql, mapper, params.toArray());
    }

    /** The statement {@link #page} runs, its parameters added to {@code params}: for EXPLAIN in tests. */
    String sql(AuditCursor cursor, boolean older, int limit, List<Object> params) {
        List<String> conditions = new ArrayList<>(where);
        params.addAll(args);
        if (cursor != null) {
            conditions.add(older ? "(occurred_at, id) < (?, ?)" : "(occurred_at, id) > (?, ?)");
            params.add(EventFacts.time(cursor.occurredAt()));
            params.add(cursor.id());
        }
        String direction = older ? "desc" : "asc";
        String inner = "select * from audit_entry" + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions))
                + " order by occurred_at " + direction + ", id " + direction + " limit ?";
        params.add(limit);
        return LABELS.formatted(inner, direction, direction);
    }

    /** The accounts registered with this address (an address can be registered again after a sign-up lapsed). */
    static List<UUID> accounts(String account, JdbcTemplate jdbc) {
        UUID id = EventFacts.accountOf(account.toLowerCase(Locale.ROOT));
        if (id != null) {
            return List.of(id);
        }
        return jdbc.queryForList("select account_id from audit_account_label where lower(email) = lower(?)",
                UUID.class, account);
    }

    private void in(String column, List<Object> values) {
        if (values.isEmpty()) {
            satisfiable = false;
            return;
        }
        add(column + " in (" + String.join(", ", values.stream().map(v -> "?").toList()) + ")", values.toArray());
    }

    private void add(String condition, Object... values) {
        where.add(condition);
        args.addAll(List.of(values));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}

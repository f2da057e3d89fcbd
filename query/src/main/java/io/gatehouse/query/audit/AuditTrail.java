package io.gatehouse.query.audit;

import io.gatehouse.query.CustomPlans;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Reads the audit trail, newest first, a keyset page at a time: no page counts the rows it skips, so the
 * thousandth page costs what the first does.
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

    public static final int PAGE_SIZE = 50;
    private static final int EXPORT_BATCH = 500;

    private final JdbcTemplate jdbc;

    AuditTrail(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The event types the trail records, as the {@code type} filter names them. */
    public static List<String> eventTypes() {
        return AuditWording.eventTypes();
    }

    /** Each event type with the words the trail's action column shows for it, in the filter's order. */
    public static Map<String, String> actionsByType() {
        return AuditWording.actionsByType();
    }

    /**
     * The page of entries just older than {@code older}, or (given {@code newer} instead) just newer than it;
     * the first page when neither is given.
     */
    public AuditPage findEntries(AuditFilter filter, AuditCursor older, AuditCursor newer) {
        AuditQuery query = new AuditQuery(filter, jdbc);
        if (!query.satisfiable()) {
            return new AuditPage(List.of(), null, null);
        }
        CustomPlans.forThisTransaction(jdbc); // a rare event type must not be looked for by walking the whole trail
        boolean backwards = newer != null && older == null;
        List<AuditEntry> rows = new ArrayList<>(query.page(jdbc, backwards ? newer : older, !backwards,
                PAGE_SIZE + 1, AuditTrail::entry));
        boolean more = rows.size() > PAGE_SIZE;
        if (more) {
            rows.remove(PAGE_SIZE);
        }
        if (backwards) {
            Collections.reverse(rows);
        }
        if (rows.isEmpty()) {
            return new AuditPage(rows, null, null);
        }
        boolean hasNewer = backwards ? more : older != null;
        boolean hasOlder = backwards || more;
        return new AuditPage(rows, hasNewer ? rows.get(0).cursor() : null,
                hasOlder ? rows.get(rows.size() - 1).cursor() : null);
    }

    /** Every entry matching the filter, newest first, handed over in batches read by keyset. */
    public void forEachEntry(AuditFilter filter, Consumer<AuditEntry> sink) {
        AuditQuery query = new AuditQuery(filter, jdbc);
        if (!query.satisfiable()) {
            return;
        }
        CustomPlans.forThisTransaction(jdbc);
        AuditCursor cursor = null;
        List<AuditEntry> batch;
        do {
            batch = query.page(jdbc, cursor, true, EXPORT_BATCH, AuditTrail::entry);
            batch.forEach(sink);
            cursor = batch.isEmpty() ? null : batch.get(batch.size() - 1).cursor();
        } while (batch.size() == EXPORT_BATCH);
    }

    /** One subject's whole history, oldest first. */
    public List<AuditEntry> findHistory(UUID subjectId) {
        List<AuditEntry> history = new ArrayList<>();
        forEachEntry(new AuditFilter(subjectId.toString(), null, null, null, null, null), history::add);
        Collections.reverse(history);
        return history;
    }

    /** The acts on an account, oldest first: its whole history but its sign-in activity. */
    public List<AuditEntry> findAccountActs(UUID accountId) {
        List<String> signIns = AuditWording.signInTypes();
        return findHistory(accountId).stream().filter(e -> !signIns.contains(e.getEventType())).toList();
    }

    /** Whether the trail names this id as an account (a registration was recorded for it). */
    public boolean isKnownAccount(UUID accountId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from audit_account_label where account_id = ?)", Boolean.class, accountId));
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        AuditEntry.Subject subject = AuditEntry.Subject.valueOf(rs.getString("subject_type"));
        UUID subjectId = rs.getObject("subject_id", UUID.class);
        String eventType = rs.getString("event_type");
        String actorId = rs.getString("actor_id");
        String subjectLabel = subject == AuditEntry.Subject.DOCUMENT
                ? firstOf(rs.getString("document_title"), rs.getString("latest_title"))
                : rs.getString("subject_email");
        String actorLabel = EventFacts.accountOf(actorId) == null ? actorId : rs.getString("actor_email");
        String detail = AuditWording.readDetail(eventType, rs.getString("detail"), subjectLabel,
                rs.getString("document_title"),
                label(rs.getString("related_email"), rs.getObject("related_account_id", UUID.class)),
                label(rs.getString("other_email"), rs.getObject("other_account_id", UUID.class)),
                rs.getString("session_client_address"), rs.getString("browser"));
        long position = rs.getLong("global_position");
        Long globalPosition = rs.wasNull() ? null : position;
        return new AuditEntry(rs.getLong("id"), rs.getString("event_id"), subject, subjectId, subjectLabel, eventType,
                rs.getString("action"), detail, actorId, actorLabel, rs.getString("reason"),
                rs.getString("client_address"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("correlation_id"), rs.getString("trace_id"), globalPosition);
    }

    private static String label(String email, UUID id) {
        return email != null ? email : id == null ? null : id.toString();
    }

    private static String firstOf(String first, String second) {
        return first != null ? first : second;
    }
}

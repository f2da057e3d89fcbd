package io.gatehouse.query.audit;

import io.gatehouse.account.AccountDetailsChanged;
import io.gatehouse.account.AccountErased;
import io.gatehouse.account.AccountEvent;
import io.gatehouse.account.AccountRegistered;
import io.gatehouse.account.Actors;
import io.gatehouse.document.DocumentCreated;
import io.gatehouse.document.DocumentEdited;
import io.gatehouse.document.DocumentEvent;
import io.gatehouse.document.DocumentReassigned;
import io.gatehouse.signin.SessionEnded;
import io.gatehouse.signin.SignInEvent;
import io.gatehouse.signin.SignInFailed;
import io.gatehouse.signin.SignedIn;
import io.gatehouse.signin.SignedOut;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Writes one audit_entry per event, from the event alone: ids, never e-mails or titles looked up elsewhere, so
 * a rebuild writes the same rows. Labels go to the audit's own label tables (as registered, as created or
 * last edited) and are joined in when the trail is read. Safe to run again over an event (a redelivery or a
 * replay that overlaps): rows are keyed by event id, labels are upserted.
 */
@Component
@ProcessingGroup(AuditProjection.PROCESSING_GROUP)
class AuditProjection {

    static final String PROCESSING_GROUP = "audit-trail";

    private static final String INSERT = """
            insert into audit_entry (event_id, subject_type, subject_id, event_type, action, detail, actor_id,
                actor_account_id, related_account_id, other_account_id, document_title, reason, client_address,
                session_client_address, browser, occurred_at, correlation_id, trace_id, global_position)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %s)
            on conflict (event_id) do nothing""".formatted(EventFacts.POSITION_FROM_STORE);

    private final JdbcTemplate jdbc;

    AuditProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AccountEvent event, EventMessage<?> message) {
        if (event instanceof AccountErased erased) {
            erase(erased.accountId());
        }
        if (event instanceof AccountRegistered registered) {
            jdbc.update("""
                    insert into audit_account_label (account_id, email, display_name) values (?, ?, ?)
                    on conflict (account_id) do update set email = excluded.email, display_name = excluded.display_name""",
                    registered.accountId(), registered.email(), registered.displayName());
        } else if (event instanceof AccountDetailsChanged changed) {
            // The trail names people as they are called now; each event's own payload keeps what it said.
            jdbc.update("update audit_account_label set display_name = ? where account_id = ?", changed.displayName(),
                    changed.accountId());
        }
        record(message, AuditEntry.Subject.ACCOUNT, event.accountId(), event.actorId(), null, null, null,
                event.reason(), event.clientAddress());
    }

    @EventHandler
    void on(SignInEvent event, EventMessage<?> message) {
        UUID account = event.accountId();
        String actorId;
        if (event instanceof SessionEnded ended) {
            actorId = ended.actorId();
        } else if (event instanceof SignInFailed || account == null) {
            actorId = Actors.ANONYMOUS; // whoever typed it: not necessarily the owner
        } else {
            actorId = account.toString();
        }
        record(message, AuditEntry.Subject.ACCOUNT, account, actorId, null, null, null, null, event.clientAddress());
    }

    @EventHandler
    void on(DocumentEvent event, EventMessage<?> message) {
        if (event instanceof DocumentCreated created) {
            jdbc.update("""
                    insert into audit_document_label (document_id, sponsor_id, title) values (?, ?, ?)
                    on conflict (document_id) do update set sponsor_id = excluded.sponsor_id, title = excluded.title""",
                    created.documentId(), created.sponsorId(), created.title());
            record(message, AuditEntry.Subject.DOCUMENT, event.documentId(), event.actorId(), created.editorId(), null,
                    created.title(), null, event.clientAddress());
        } else if (event instanceof DocumentEdited edited) {
            jdbc.update("update audit_document_label set title = ? where document_id = ?", edited.title(),
                    edited.documentId());
            record(message, AuditEntry.Subject.DOCUMENT, event.documentId(), event.actorId(), null, null,
                    edited.title(), null, event.clientAddress());
        } else if (event instanceof DocumentReassigned reassigned) {
            record(message, AuditEntry.Subject.DOCUMENT, event.documentId(), event.actorId(), reassigned.editorId(),
                    reassigned.previousEditorId(), null, null, event.clientAddress());
        } else {
            record(message, AuditEntry.Subject.DOCUMENT, event.documentId(), event.actorId(), null, null, null, null,
                    event.clientAddress());
        }
    }

    /**
     * Clears what the erased person's key protected, as a replay would read it: their labels, their documents'
     * titles, and the client addresses that were theirs (their own acts and sessions; an admin's address on an act
     * about them stays, it is the admin's).
     */
    void erase(UUID person) {
        jdbc.update("update audit_account_label set email = null, display_name = null where account_id = ?", person);
        jdbc.update("update audit_entry set document_title = null where subject_type = 'DOCUMENT' and subject_id in"
                + " (select document_id from audit_document_label where sponsor_id = ?)", person);
        jdbc.update("update audit_document_label set title = null where sponsor_id = ?", person);
        // actor_id (text, indexed) rather than actor_account_id, which has no index: an erasure is no table scan
        jdbc.update("update audit_entry set client_address = null where actor_id = ? or (subject_id = ? and"
                + " event_type in ('AccountRegistered', 'SignedIn', 'SignedOut', 'SignInFailed'))", person.toString(),
                person);
        jdbc.update("update audit_entry set session_client_address = null, browser = null where subject_id = ?", person);
        // A withdrawal's reason is the person's own words, sealed with their key like their name
        jdbc.update("update audit_entry set reason = null where subject_id = ? and event_type = 'RequestWithdrawn'",
                person);
    }

    @ResetHandler
    void reset() {
        jdbc.execute("truncate table audit_entry, audit_account_label, audit_document_label");
    }

    private void record(EventMessage<?> message, AuditEntry.Subject subject, UUID subjectId, String actorId,
                        UUID related, UUID other, String documentTitle, String reason, String clientAddress) {
        Object event = message.getPayload();
        jdbc.update(INSERT, message.getIdentifier(), subject.name(), subjectId, event.getClass().getSimpleName(),
                AuditWording.action(event), AuditWording.detail(event), actorId, EventFacts.accountOf(actorId),
                related, other, documentTitle, reason, clientAddress,
                event instanceof SessionEnded ended ? ended.sessionClientAddress() : null, browserOf(event),
                EventFacts.time(message.getTimestamp()),
                EventFacts.correlation(message), EventFacts.trace(message), message.getIdentifier(),
                EventFacts.trackedPosition(message));
    }

    private static String browserOf(Object event) {
        if (event instanceof SignedIn e) {
            return e.browser();
        } else if (event instanceof SignedOut e) {
            return e.browser();
        } else if (event instanceof SignInFailed e) {
            return e.browser();
        } else if (event instanceof SessionEnded e) {
            return e.browser();
        }
        return null;
    }
}

package io.gatehouse.query.audit;

import io.gatehouse.account.AccountEvent;
import io.gatehouse.account.AccountRegistered;
import io.gatehouse.account.Actors;
import io.gatehouse.document.DocumentCreated;
import io.gatehouse.document.DocumentEdited;
import io.gatehouse.signin.SignedIn;
import io.gatehouse.signin.SignedOut;
import org.axonframework.eventhandling.EventMessage;
import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * For the scale benchmark: the audit trail's rows for generated events, written with COPY instead of one statement
 * per event. The same values as {@link AuditProjection} writes (its wording, its subject and actor rules, its
 * labels) for the event types the generator makes: sign-up and admin acts, sign-ins and sign-outs, documents
 * created and edited. Anything else is refused, so the two cannot drift apart unnoticed. The tenure tables (the
 * roles page) are left to a real rebuild.
 */
public final class BulkAuditRows {

    private final StringBuilder entries = new StringBuilder();
    private final StringBuilder accounts = new StringBuilder();
    private final Map<UUID, String[]> documents = new LinkedHashMap<>();

    /** The event as stored at {@code position}. */
    public void add(EventMessage<?> message, long position) {
        Object event = message.getPayload();
        if (event instanceof AccountRegistered registered) {
            row(accounts, registered.accountId(), registered.email(), registered.displayName());
        }
        if (event instanceof AccountEvent e) {
            entry(message, position, "ACCOUNT", e.accountId(), e.actorId(), null, null, e.reason(), e.clientAddress(),
                    null);
        } else if (event instanceof SignedIn e) {
            entry(message, position, "ACCOUNT", e.accountId(), e.accountId().toString(), null, null, null,
                    e.clientAddress(), e.browser());
        } else if (event instanceof SignedOut e) {
            entry(message, position, "ACCOUNT", e.accountId(), e.accountId().toString(), null, null, null,
                    e.clientAddress(), e.browser());
        } else if (event instanceof DocumentCreated e) {
            documents.put(e.documentId(), new String[]{e.sponsorId().toString(), e.title()});
            entry(message, position, "DOCUMENT", e.documentId(), e.actorId(), e.editorId(), e.title(), null,
                    e.clientAddress(), null);
        } else if (event instanceof DocumentEdited e) {
            documents.get(e.documentId())[1] = e.title();
            entry(message, position, "DOCUMENT", e.documentId(), e.actorId(), null, e.title(), null,
                    e.clientAddress(), null);
        } else {
            throw new IllegalArgumentException("the bulk audit rows do not know " + event.getClass().getSimpleName());
        }
    }

    public void copy(Connection connection) throws SQLException, IOException {
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        copy.copyIn("copy audit_entry (event_id, subject_type, subject_id, event_type, action, detail, actor_id,"
                + " actor_account_id, related_account_id, other_account_id, document_title, reason, client_address,"
                + " session_client_address, browser, occurred_at, correlation_id, trace_id, global_position)"
                + " from stdin", new StringReader(entries.toString()));
        copy.copyIn("copy audit_account_label (account_id, email, display_name) from stdin",
                new StringReader(accounts.toString()));
        StringBuilder labels = new StringBuilder();
        documents.forEach((id, sponsorAndTitle) -> row(labels, id, sponsorAndTitle[0], sponsorAndTitle[1]));
        copy.copyIn("copy audit_document_label (document_id, sponsor_id, title) from stdin",
                new StringReader(labels.toString()));
    }

    private void entry(EventMessage<?> message, long position, String subjectType, UUID subject, String actorId,
                       UUID related, String documentTitle, String reason, String clientAddress, String browser) {
        Object event = message.getPayload();
        String actor = actorId == null ? Actors.ANONYMOUS : actorId;
        row(entries, message.getIdentifier(), subjectType, subject, event.getClass().getSimpleName(),
                AuditWording.action(event), AuditWording.detail(event), actor, EventFacts.accountOf(actor), related,
                null, documentTitle, reason, clientAddress, null, browser, message.getTimestamp(),
                EventFacts.correlation(message), EventFacts.trace(message), position);
    }

    private static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            out.append(i == 0 ? "" : "\t").append(field(values[i]));
        }
        out.append('\n');
    }

    private static String field(Object value) {
        return value == null ? "\\N" : value.toString().replace("\\", "\\\\").replace("\t", "\\t")
                .replace("\n", "\\n").replace("\r", "\\r");
    }
}

package io.gatehouse.query.audit;

import io.gatehouse.account.AccountApproved;
import io.gatehouse.account.AccountEvent;
import io.gatehouse.account.AccountRegistered;
import io.gatehouse.account.AccountRejected;
import io.gatehouse.account.AccountReinstated;
import io.gatehouse.account.AccountSuspended;
import io.gatehouse.account.Actors;
import io.gatehouse.account.RoleGranted;
import io.gatehouse.account.RoleRevoked;
import io.gatehouse.document.DocumentCreated;
import io.gatehouse.document.DocumentEdited;
import io.gatehouse.document.DocumentEvent;
import io.gatehouse.document.DocumentReassigned;
import io.gatehouse.query.account.AccountDirectory;
import io.gatehouse.query.account.AccountView;
import io.gatehouse.query.document.DocumentCatalog;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.UUID;

/**
 * Writes one {@link AuditEntry} per event. The actor's e-mail is copied in when the event is
 * recorded, so the trail reads the same even if the actor's account is later changed.
 */
@Component
@ProcessingGroup(AuditProjection.PROCESSING_GROUP)
class AuditProjection {

    static final String PROCESSING_GROUP = "audit-trail";

    private static final Map<Class<?>, String> ACTIONS = Map.of(
            AccountRegistered.class, "Signed up",
            AccountApproved.class, "Approved",
            AccountRejected.class, "Rejected",
            AccountSuspended.class, "Suspended",
            AccountReinstated.class, "Reinstated",
            RoleGranted.class, "Role granted",
            RoleRevoked.class, "Role revoked",
            DocumentCreated.class, "Document created",
            DocumentEdited.class, "Document edited",
            DocumentReassigned.class, "Document reassigned");

    private final AuditEntryRepository entries;
    private final AccountDirectory directory;
    private final DocumentCatalog documents;

    AuditProjection(AuditEntryRepository entries, AccountDirectory directory, DocumentCatalog documents) {
        this.entries = entries;
        this.directory = directory;
        this.documents = documents;
    }

    @EventHandler
    void on(AccountEvent event, EventMessage<?> message) {
        String subjectEmail = event instanceof AccountRegistered registered
                ? registered.email()
                : emailOf(event.accountId().toString());
        String actorEmail = Actors.isAccount(event.actorId(), event.accountId())
                ? subjectEmail
                : emailOf(event.actorId());
        entries.save(new AuditEntry(message.getIdentifier(), AuditEntry.Subject.ACCOUNT, event.accountId(),
                subjectEmail, event.getClass().getSimpleName(), action(event), detail(event), event.actorId(), actorEmail,
                event.reason(), event.clientAddress(), message.getTimestamp()));
    }

    @EventHandler
    void on(DocumentEvent event, EventMessage<?> message) {
        String title = event instanceof DocumentCreated created ? created.title()
                : event instanceof DocumentEdited edited ? edited.title()
                : documents.findTitle(event.documentId()).orElse(null);
        entries.save(new AuditEntry(message.getIdentifier(), AuditEntry.Subject.DOCUMENT, event.documentId(),
                title, event.getClass().getSimpleName(), action(event), detail(event), event.actorId(),
                emailOf(event.actorId()), null, event.clientAddress(), message.getTimestamp()));
    }

    @ResetHandler
    void reset() {
        entries.deleteAllInBatch();
    }

    private String emailOf(String actorId) {
        if (Actors.SYSTEM.equals(actorId)) {
            return Actors.SYSTEM;
        }
        try {
            return directory.findAccount(UUID.fromString(actorId)).map(AccountView::getEmail).orElse(null);
        } catch (IllegalArgumentException notAnAccountId) {
            return null;
        }
    }

    private static String action(Object event) {
        return ACTIONS.getOrDefault(event.getClass(), event.getClass().getSimpleName());
    }

    private String detail(Object event) {
        if (event instanceof AccountRegistered e) {
            return e.email() + " asked for " + e.requestedRole();
        } else if (event instanceof AccountApproved e) {
            return "granted " + e.grantedRole();
        } else if (event instanceof RoleGranted e) {
            return e.role().name();
        } else if (event instanceof RoleRevoked e) {
            return e.role().name();
        } else if (event instanceof DocumentCreated e) {
            return "\u201c" + e.title() + "\u201d, editor " + emailOf(e.editorId().toString());
        } else if (event instanceof DocumentEdited e) {
            return "\u201c" + e.title() + "\u201d";
        } else if (event instanceof DocumentReassigned e) {
            return "editor " + emailOf(e.previousEditorId().toString()) + " \u2192 " + emailOf(e.editorId().toString());
        }
        return null;
    }
}

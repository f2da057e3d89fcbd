package io.gatehouse.query.audit;

import io.gatehouse.account.AccountEvent;
import io.gatehouse.account.AccountRegistered;
import io.gatehouse.account.Actors;
import io.gatehouse.document.DocumentCreated;
import io.gatehouse.document.DocumentEdited;
import io.gatehouse.document.DocumentEvent;
import io.gatehouse.query.account.AccountDirectory;
import io.gatehouse.query.account.AccountView;
import io.gatehouse.query.document.DocumentCatalog;
import io.gatehouse.signin.SessionEnded;
import io.gatehouse.signin.SignInEvent;
import io.gatehouse.signin.SignInFailed;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Writes one {@link AuditEntry} per event. The actor's e-mail is copied in when the event is
 * recorded, so the trail reads the same even if the actor's account is later changed.
 */
@Component
@ProcessingGroup(AuditProjection.PROCESSING_GROUP)
class AuditProjection {

    static final String PROCESSING_GROUP = "audit-trail";

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
        record(message, AuditEntry.Subject.ACCOUNT, event.accountId(), subjectEmail, event.actorId(), actorEmail,
                event.reason(), event.clientAddress());
    }

    @EventHandler
    void on(SignInEvent event, EventMessage<?> message) {
        UUID account = event.accountId();
        String subjectEmail = account == null ? null : emailOf(account.toString());
        String actorId;
        if (event instanceof SessionEnded ended) {
            actorId = ended.actorId();
        } else if (event instanceof SignInFailed || account == null) {
            actorId = Actors.ANONYMOUS; // whoever typed it: not necessarily the owner
        } else {
            actorId = account.toString();
        }
        String actorEmail = Actors.isAccount(actorId, account) ? subjectEmail : emailOf(actorId);
        record(message, AuditEntry.Subject.ACCOUNT, account, subjectEmail, actorId, actorEmail, null,
                event.clientAddress());
    }

    @EventHandler
    void on(DocumentEvent event, EventMessage<?> message) {
        String title = event instanceof DocumentCreated created ? created.title()
                : event instanceof DocumentEdited edited ? edited.title()
                : documents.findTitle(event.documentId()).orElse(null);
        record(message, AuditEntry.Subject.DOCUMENT, event.documentId(), title, event.actorId(),
                emailOf(event.actorId()), null, event.clientAddress());
    }

    @ResetHandler
    void reset() {
        entries.deleteAllInBatch();
    }

    private void record(EventMessage<?> message, AuditEntry.Subject subject, UUID subjectId, String subjectLabel,
                        String actorId, String actorEmail, String reason, String clientAddress) {
        Object event = message.getPayload();
        entries.save(new AuditEntry(message.getIdentifier(), subject, subjectId, subjectLabel,
                event.getClass().getSimpleName(), AuditWording.action(event), AuditWording.detail(event, this::emailOf),
                actorId, actorEmail, reason, clientAddress, message.getTimestamp()));
    }

    private String emailOf(String actorId) {
        if (Actors.SYSTEM.equals(actorId) || Actors.ANONYMOUS.equals(actorId)) {
            return actorId;
        }
        try {
            return directory.findAccount(UUID.fromString(actorId)).map(AccountView::getEmail).orElse(null);
        } catch (IllegalArgumentException notAnAccountId) {
            return null;
        }
    }
}

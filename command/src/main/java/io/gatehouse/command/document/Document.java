package io.gatehouse.command.document;

import io.gatehouse.command.Snapshots;
import io.gatehouse.command.CommandRefusedException;
import io.gatehouse.command.account.AccountRegistry;
import io.gatehouse.document.CreateDocument;
import io.gatehouse.document.DocumentCreated;
import io.gatehouse.document.DocumentEdited;
import io.gatehouse.document.DocumentReassigned;
import io.gatehouse.document.EditDocument;
import io.gatehouse.document.ReassignDocument;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.Objects;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A sponsor's document and the one editor it is assigned to. */
@Aggregate(snapshotTriggerDefinition = Snapshots.TRIGGER)
public class Document {

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 20_000;

    @AggregateIdentifier
    private UUID documentId;
    private UUID sponsorId;
    private UUID editorId;

    protected Document() {
        // for Axon's event sourcing
    }

    @CommandHandler
    Document(CreateDocument command, AccountRegistry registry) {
        requireContent(command.title(), command.body());
        requireActiveEditor(registry, command.editorId());
        apply(new DocumentCreated(command.documentId(), command.sponsorId(), command.editorId(),
                command.title().strip(), command.body(), command.clientAddress()));
    }

    @CommandHandler
    void handle(EditDocument command) {
        if (!isSponsor(command.editedBy()) && !isEditor(command.editedBy())) {
            throw CommandRefusedException.conflict("Only the document's sponsor or its editor can edit it.");
        }
        requireContent(command.title(), command.body());
        apply(new DocumentEdited(documentId, command.title().strip(), command.body(), command.editedBy(),
                command.clientAddress()));
    }

    @CommandHandler
    void handle(ReassignDocument command, AccountRegistry registry) {
        if (!isSponsor(command.reassignedBy())) {
            throw CommandRefusedException.conflict("Only the document's sponsor can reassign it.");
        }
        if (Objects.equals(editorId, command.editorId())) {
            throw CommandRefusedException.conflict("The document is already assigned to that editor.");
        }
        requireActiveEditor(registry, command.editorId());
        apply(new DocumentReassigned(documentId, editorId, command.editorId(), command.reassignedBy(),
                command.clientAddress()));
    }

    boolean isSponsor(UUID accountId) {
        return sponsorId.equals(accountId);
    }

    boolean isEditor(UUID accountId) {
        return editorId.equals(accountId);
    }

    private static void requireActiveEditor(AccountRegistry registry, UUID editorId) {
        if (!registry.isActiveEditor(editorId)) {
            throw CommandRefusedException.invalid("editorId", "Choose an active editor.");
        }
    }

    private static void requireContent(String title, String body) {
        if (title == null || title.isBlank()) {
            throw CommandRefusedException.invalid("title", "A title is required.");
        }
        if (title.strip().length() > MAX_TITLE) {
            throw CommandRefusedException.invalid("title", "A title can be at most " + MAX_TITLE + " characters long.");
        }
        if (body != null && body.length() > MAX_BODY) {
            throw CommandRefusedException.invalid("body", "A body can be at most " + MAX_BODY + " characters long.");
        }
    }

    @EventSourcingHandler
    void on(DocumentCreated event) {
        documentId = event.documentId();
        sponsorId = event.sponsorId();
        editorId = event.editorId();
    }

    @EventSourcingHandler
    void on(DocumentEdited event) {
        // title and body are not needed to decide anything
    }

    @EventSourcingHandler
    void on(DocumentReassigned event) {
        editorId = event.editorId();
    }
}

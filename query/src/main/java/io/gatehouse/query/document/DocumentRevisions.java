package io.gatehouse.query.document;

import io.gatehouse.document.DocumentCreated;
import io.gatehouse.document.DocumentEdited;
import io.gatehouse.document.DocumentEvent;
import io.gatehouse.document.DocumentReassigned;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a document said at one of its versions, and what has happened to it since: read from the document's own
 * events in the event store, not from the read model, so that a person told their page is out of date sees the
 * document exactly as the refused save found it, even while the read model is behind or being replayed.
 */
@Service
public class DocumentRevisions {

    /** The storage engine, not the event store: the store would start from a command's snapshot. */
    private final EventStorageEngine storage;

    DocumentRevisions(EventStorageEngine storage) {
        this.storage = storage;
    }

    /** Empty when the store holds no document with this id, or the document never had that version. */
    public Optional<Since> since(UUID documentId, long version) {
        DomainEventStream stream = storage.readEvents(documentId.toString());
        Text then = null;
        Text now = null;
        List<Change> changes = new ArrayList<>();
        long current = -1;
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (!(message.getPayload() instanceof DocumentEvent event)) {
                return Optional.empty(); // another aggregate's id: not a document
            }
            now = after(now, event);
            current = message.getSequenceNumber();
            if (current <= version) {
                then = now;
            } else {
                changes.add(new Change(kindOf(event), UUID.fromString(event.actorId()), message.getTimestamp()));
            }
        }
        if (then == null || current < version) {
            return Optional.empty();
        }
        return Optional.of(new Since(then, now, current, List.copyOf(changes)));
    }

    private static Text after(Text before, DocumentEvent event) {
        if (event instanceof DocumentCreated created) {
            return new Text(created.title(), created.body());
        }
        if (event instanceof DocumentEdited edited) {
            return new Text(edited.title(), edited.body());
        }
        return before; // a reassignment leaves the text as it was
    }

    private static Kind kindOf(DocumentEvent event) {
        if (event instanceof DocumentCreated) {
            return Kind.CREATED;
        }
        return event instanceof DocumentReassigned ? Kind.REASSIGNED : Kind.EDITED;
    }

    public enum Kind { CREATED, EDITED, REASSIGNED }

    /** A title and body as stored; null where the text was erased with its owner's key. */
    public record Text(String title, String body) {
    }

    /** One act on the document: what it was, by whom, when. */
    public record Change(Kind kind, UUID actorId, Instant at) {
    }

    /** The text at the version asked for, the text now, the current version, and the acts in between. */
    public record Since(Text then, Text now, long currentVersion, List<Change> changes) {
    }
}

package io.gatehouse.document;

import io.gatehouse.record.Provenance;

import java.util.UUID;

/**
 * What every document event tells a reader of the history: which document, and who acted from where
 * ({@link Provenance}; document acts take no reason). Sealed, so that the record knows every event type.
 */
public sealed interface DocumentEvent extends Provenance permits DocumentCreated, DocumentEdited, DocumentReassigned {

    UUID documentId();
}

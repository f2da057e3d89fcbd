package io.gatehouse.document;

import java.util.UUID;

/** What every document event tells a reader of the history. */
public interface DocumentEvent {

    UUID documentId();

    String actorId();

    String clientAddress();
}

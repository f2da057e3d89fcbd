package io.gatehouse.document;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** The document's sponsor hands it to another active editor. */
public record ReassignDocument(@TargetAggregateIdentifier UUID documentId,
                               UUID editorId,
                               UUID reassignedBy,
                               String clientAddress) {
}

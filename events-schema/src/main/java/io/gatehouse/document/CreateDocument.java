package io.gatehouse.document;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** A sponsor creates a document and assigns it to an active editor. */
public record CreateDocument(@TargetAggregateIdentifier UUID documentId,
                             UUID sponsorId,
                             UUID editorId,
                             String title,
                             String body,
                             String clientAddress) {
}

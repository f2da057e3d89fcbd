package io.gatehouse.document;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** The document's sponsor or its assigned editor changes its title and body. */
public record EditDocument(@TargetAggregateIdentifier UUID documentId,
                           String title,
                           String body,
                           UUID editedBy,
                           String clientAddress) {
}

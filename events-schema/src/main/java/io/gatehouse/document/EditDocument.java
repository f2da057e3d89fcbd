package io.gatehouse.document;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.UUID;

/**
 * The document's sponsor or its assigned editor changes its title and body. {@code expectedVersion} is the
 * version the person's page was opened at (the sequence number of the document's last event then): Axon refuses
 * the edit with a {@code ConflictingAggregateVersionException} when the document has moved on since, so a save
 * from a page that is out of date never overwrites a later one. Null means "whatever is current".
 */
public record EditDocument(@TargetAggregateIdentifier UUID documentId,
                           @TargetAggregateVersion Long expectedVersion,
                           String title,
                           String body,
                           UUID editedBy,
                           String clientAddress) {
}

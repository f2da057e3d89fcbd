package io.gatehouse.query.document;

import io.gatehouse.account.AccountErased;
import io.gatehouse.query.ImmediateErasure;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Clears an erased sponsor's document text in the transaction that records the erasure. The documents model
 * follows the store in a streaming processor, and a page must not show what was erased for as long as that
 * processor lags (or is being replayed, or stuck on a failure): the erasure holds the moment it returns.
 */
@Component("documentsErasedAtOnce")
@ProcessingGroup(ImmediateErasure.PROCESSING_GROUP)
class ErasedAtOnce {

    private final DocumentProjection documents;

    ErasedAtOnce(DocumentProjection documents) {
        this.documents = documents;
    }

    @EventHandler
    void on(AccountErased event) {
        documents.eraseTextOfNow(event.accountId());
    }
}

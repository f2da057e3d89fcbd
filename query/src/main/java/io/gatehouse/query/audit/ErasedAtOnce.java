package io.gatehouse.query.audit;

import io.gatehouse.account.AccountErased;
import io.gatehouse.query.ImmediateErasure;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Clears an erased person's name, address and words from the audit trail in the transaction that records the
 * erasure, so no audit page shows them while the streaming audit-trail processor has yet to reach the event.
 * The projection does the same again when it gets there, and on every replay.
 */
@Component("auditErasedAtOnce")
@ProcessingGroup(ImmediateErasure.PROCESSING_GROUP)
class ErasedAtOnce {

    private final AuditProjection trail;

    ErasedAtOnce(AuditProjection trail) {
        this.trail = trail;
    }

    @EventHandler
    void on(AccountErased event) {
        trail.erase(event.accountId());
    }
}

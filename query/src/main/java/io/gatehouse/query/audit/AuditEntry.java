package io.gatehouse.query.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One recorded event as an auditor reads it, with its labels (e-mails, titles) joined in from the audit's own
 * label tables as it is read. Never holds a password or a hash.
 */
public class AuditEntry {

    public enum Subject { ACCOUNT, DOCUMENT }

    private final long id;
    private final String eventId;
    private final Subject subjectType;
    private final UUID subjectId;
    private final String subjectLabel;
    private final String eventType;
    private final String action;
    private final String detail;
    private final String actorId;
    private final String actorEmail;
    private final String reason;
    private final String clientAddress;
    private final Instant occurredAt;
    private final String correlationId;
    private final String traceId;
    private final Long globalPosition;

    AuditEntry(long id, String eventId, Subject subjectType, UUID subjectId, String subjectLabel, String eventType,
               String action, String detail, String actorId, String actorEmail, String reason, String clientAddress,
               Instant occurredAt, String correlationId, String traceId, Long globalPosition) {
        this.id = id;
        this.eventId = eventId;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.subjectLabel = subjectLabel;
        this.eventType = eventType;
        this.action = action;
        this.detail = detail;
        this.actorId = actorId;
        this.actorEmail = actorEmail;
        this.reason = reason;
        this.clientAddress = clientAddress;
        this.occurredAt = occurredAt;
        this.correlationId = correlationId;
        this.traceId = traceId;
        this.globalPosition = globalPosition;
    }

    public Long getId() {
        return id;
    }

    public String getEventId() {
        return eventId;
    }

    public Subject getSubjectType() {
        return subjectType;
    }

    /** Null for a sign-in attempt whose address matched no account. */
    public UUID getSubjectId() {
        return subjectId;
    }

    /** The subject as a person recognises it: an account's e-mail as registered, a document's title. */
    public String getSubjectLabel() {
        return subjectLabel;
    }

    public boolean isAccountSubject() {
        return subjectType == Subject.ACCOUNT && subjectId != null;
    }

    public String getEventType() {
        return eventType;
    }

    public String getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }

    /** An account id, or "system" / "anonymous". */
    public String getActorId() {
        return actorId;
    }

    /** The actor's e-mail as registered; "system" or "anonymous" for those; null if unknown. */
    public String getActorEmail() {
        return actorEmail;
    }

    public String getReason() {
        return reason;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    /** The id linking an act to everything it caused (Axon's correlation data); null on older events. */
    public String getCorrelationId() {
        return correlationId;
    }

    /** The first message of the chain of causes this event came from; null on older events. */
    public String getTraceId() {
        return traceId;
    }

    /** The id that finds this event's act and everything it caused: the trace id, else the correlation id. */
    public String getActId() {
        return traceId != null ? traceId : correlationId;
    }

    /** The event's position in the event store's global order; null if it was not known. */
    public Long getGlobalPosition() {
        return globalPosition;
    }

    /** Where this entry sits in the trail's order, for keyset paging. */
    public AuditCursor cursor() {
        return new AuditCursor(occurredAt, id);
    }
}

package io.gatehouse.query.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One recorded event as an auditor reads it. Never holds a password or a hash. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    public enum Subject { ACCOUNT, DOCUMENT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "event_id", nullable = false, unique = true)
    private String eventId;

    @Column(name = "subject_type", nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Subject subjectType;

    /** Null for a sign-in attempt whose address matched no account. */
    @Column(name = "subject_id")
    private UUID subjectId;

    @Column(name = "subject_label")
    private String subjectLabel;

    @Column(name = "event_type", nullable = false)
    private String eventType;

    @Column(name = "action", nullable = false)
    private String action;

    @Column(name = "detail")
    private String detail;

    @Column(name = "actor_id", nullable = false)
    private String actorId;

    @Column(name = "actor_email")
    private String actorEmail;

    @Column(name = "reason")
    private String reason;

    @Column(name = "client_address")
    private String clientAddress;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected AuditEntry() {
    }

    AuditEntry(String eventId, Subject subjectType, UUID subjectId, String subjectLabel, String eventType, String action, String detail,
               String actorId, String actorEmail, String reason, String clientAddress, Instant occurredAt) {
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

    public UUID getSubjectId() {
        return subjectId;
    }

    /** The subject as a person recognises it: an account's e-mail, a document's title. */
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

    public String getActorId() {
        return actorId;
    }

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
}

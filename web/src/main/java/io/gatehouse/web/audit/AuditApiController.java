package io.gatehouse.web.audit;

import io.gatehouse.query.audit.AuditCursor;
import io.gatehouse.query.audit.AuditEntry;
import io.gatehouse.query.audit.AuditPage;
import io.gatehouse.query.audit.AuditTrail;
import io.gatehouse.web.api.ApiController;
import io.gatehouse.web.api.Cursor;
import io.gatehouse.web.api.ListPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Instant;
import java.util.UUID;

/** The audit trail for machines: the /audit page's filters, checked by the same code, newest first by cursor. */
@ApiController
@Tag(name = "Audit", description = "Auditors and admins: scope audit:read")
class AuditApiController {

    private final AuditTrail trail;

    AuditApiController(AuditTrail trail) {
        this.trail = trail;
    }

    /** One recorded event; e-mails and titles read as erased once their person is. */
    record AuditEntryJson(long id, String eventId, String type, String action, String detail, String subjectType,
                          UUID subjectId, String subject, String actorId, String actor, String reason,
                          String clientAddress, Instant occurredAt, String correlationId, Long globalPosition) {

        static AuditEntryJson of(AuditEntry e) {
            return new AuditEntryJson(e.getId(), e.getEventId(), e.getEventType(), e.getAction(), e.getDetail(),
                    e.getSubjectType().name(), e.getSubjectId(), e.getSubjectLabel(), e.getActorId(), e.getActorEmail(),
                    e.getReason(), e.getClientAddress(), e.getOccurredAt(), e.getCorrelationId(), e.getGlobalPosition());
        }
    }

    @GetMapping("/api/v1/audit")
    @Operation(summary = "Recorded events, newest first, with the /audit filters; follow nextCursor for older ones")
    ListPage<AuditEntryJson> entries(@RequestParam(required = false) String account,
                                     @RequestParam(required = false) String actor,
                                     @RequestParam(required = false) String type,
                                     @RequestParam(required = false) String from,
                                     @RequestParam(required = false) String to,
                                     @RequestParam(required = false) String correlation,
                                     @RequestParam(required = false) String cursor) {
        var filter = new AuditParams(account, actor, type, from, to, correlation).filter();
        AuditCursor older = older(cursor);
        AuditPage page = trail.findEntries(filter, older, null);
        return new ListPage<>(page.entries().stream().map(AuditEntryJson::of).toList(),
                page.older() == null ? null : Cursor.encode(page.older().toString()));
    }

    private static AuditCursor older(String cursor) {
        String place = Cursor.decode(cursor);
        try {
            return place == null ? null : AuditCursor.parse(place).orElseThrow(Cursor::invalid);
        } catch (IllegalArgumentException notACursor) {
            throw Cursor.invalid();
        }
    }
}

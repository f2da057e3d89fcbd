package io.gatehouse.web.audit;

import io.gatehouse.query.audit.AuditEntry;
import io.gatehouse.query.audit.AuditTrail;
import io.gatehouse.web.support.Csv;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;

/**
 * The /audit filters as a CSV download: every matching entry, not one page, read and written in keyset batches
 * so a long trail streams instead of filling memory.
 */
@Controller
class AuditCsvController {

    private static final List<String> HEADER = List.of("occurred_at", "position", "event_id", "event_type", "action",
            "subject_type", "subject_id", "subject", "detail", "actor_id", "actor", "reason", "client_address",
            "correlation_id", "trace_id");

    private final AuditTrail trail;

    AuditCsvController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/audit/entries.csv")
    void entries(@RequestParam(required = false) String account, @RequestParam(required = false) String actor,
                 @RequestParam(required = false) String type, @RequestParam(required = false) String from,
                 @RequestParam(required = false) String to, @RequestParam(required = false) String correlation,
                 HttpServletResponse response) throws IOException {
        var filter = new AuditParams(account, actor, type, from, to, correlation).filter(); // a 400 before any byte
        attachment(response, "audit-trail.csv");
        Writer out = response.getWriter();
        Csv csv = new Csv(out);
        csv.row(HEADER);
        trail.forEachEntry(filter, entry -> csv.row(row(entry)));
        out.flush();
    }

    static void attachment(HttpServletResponse response, String filename) {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename).build().toString());
    }

    private static List<Object> row(AuditEntry e) {
        return Arrays.asList(e.getOccurredAt(), e.getGlobalPosition(), e.getEventId(), e.getEventType(), e.getAction(),
                e.getSubjectType(), e.getSubjectId(), e.getSubjectLabel(), e.getDetail(), e.getActorId(),
                e.getActorEmail(), e.getReason(), e.getClientAddress(), e.getCorrelationId(), e.getTraceId());
    }
}

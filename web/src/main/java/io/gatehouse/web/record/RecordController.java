package io.gatehouse.web.record;

import io.gatehouse.verifier.Finding;
import io.gatehouse.web.support.Plural;
import io.gatehouse.web.support.Web;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import java.io.IOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.Base64;

/** The record's integrity check and its signed export, for auditors and admins (the /audit area). */
@Controller
class RecordController {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final IntegrityCheck check;
    private final BundleExport export;
    private final SigningKey key;
    private final Clock clock;

    RecordController(IntegrityCheck check, BundleExport export, SigningKey key, Clock clock) {
        this.check = check;
        this.export = export;
        this.key = key;
        this.clock = clock;
    }

    @GetMapping("/audit/integrity")
    ModelAndView integrity() {
        IntegrityCheck.Report report = check.run();
        ModelAndView view = new ModelAndView("audit/integrity");
        view.addObject("intact", report.intact());
        view.addObject("events", report.events());
        view.addObject("sealed", report.sealed());
        view.addObject("unsealed", report.unsealed());
        view.addObject("tookMillis", report.took().toMillis());
        view.addObject("eventsWords", Plural.of(report.events(), "event", "events"));
        view.addObject("sealedWords", Plural.of(report.sealed(), "sealed event", "sealed events"));
        view.addObject("unsealedWords", Plural.of(report.unsealed(), "event", "events"));
        report.finding().ifPresent(f -> view.addObject("finding", new FindingRow(f.position(), f.kind().label(),
                f.kind().name(), f.detail())));
        report.lastCheckpoint().ifPresent(c -> view.addObject("checkpoint", new CheckpointRow(c.position(), c.count(),
                Web.time(c.sealedAt()), Web.iso(c.sealedAt()), c.keyId(), Base64.getEncoder().encodeToString(c.link()))));
        view.addObject("publicKey", key.publicKey().spkiBase64());
        view.addObject("fingerprint", key.publicKey().fingerprint());
        return view;
    }

    @GetMapping("/audit/export")
    void export(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                HttpServletResponse response) throws IOException {
        Period period = Period.parse(from, to);
        String name = "gatehouse-export-" + FILE_TIME.format(clock.instant()) + ".json";
        response.setContentType("application/json");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString());
        export.write(response.getOutputStream(), period.from(), period.to(), blankToNull(from), blankToNull(to));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    record FindingRow(long position, String what, String kind, String detail) {
    }

    record CheckpointRow(long position, long count, String time, String iso, String keyId, String link) {

        public String events() {
            return Plural.of(count, "event", "events");
        }
    }
}

package io.gatehouse.web.export;

import io.gatehouse.account.ExportLimits;
import io.gatehouse.personal.Erased;
import io.gatehouse.query.account.AccountDirectory;
import io.gatehouse.query.account.AccountView;
import io.gatehouse.query.account.ExportLimitOverride;
import io.gatehouse.query.account.ExportLimitOverrides;
import io.gatehouse.query.document.DocumentView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * PDF exports of documents, for the pages and the API alike: every limit applied, then rendered. Whether the
 * account may see the document is the caller's check, made as for viewing it.
 * <p>
 * All of an export's work (looking up what it shows, counting it in the database, rendering, recording it) runs in
 * one of this instance's export slots ({@link RenderSlots}); waiting for one holds no connection. With only the
 * rendering in a slot, the counting of the next exports ran beside each render: measured with bench/exports.py on a
 * busy two-core machine, 16 clients exporting then made a signed-in page's p99 3.3 to 3.8 times its value alone,
 * against 1.5 to 1.7 with the whole export in the slot.
 */
@Component
public class Exports {

    private static final Logger log = LoggerFactory.getLogger(Exports.class);

    private final ExportQuotas quotas;
    private final RenderSlots slots;
    private final PdfRenderer renderer;
    private final AccountDirectory directory;
    private final ExportLimitOverrides overrides;
    private final ExportSettings settings;
    private final Clock clock;

    Exports(ExportQuotas quotas, RenderSlots slots, PdfRenderer renderer, AccountDirectory directory,
            ExportLimitOverrides overrides, ExportSettings settings, Clock clock) {
        this.quotas = quotas;
        this.slots = slots;
        this.renderer = renderer;
        this.directory = directory;
        this.overrides = overrides;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The document as PDF, counted against the account's limits; or {@link ExportRefusedException} (answer 429),
     * with nothing counted, when a limit or the instance's cap refuses it.
     */
    public ExportedPdf export(AccountView account, DocumentView document) {
        return slots.run(() -> counted(account, document), () -> {
            Optional<ExportLimitOverride> override = override(account.getAccountId());
            return quotas.standing(account.getAccountId(), limitsOf(account, override), override.isPresent());
        });
    }

    /** In an export slot: counted against the account's limits, rendered, recorded; or uncounted if it failed. */
    private ExportedPdf counted(AccountView account, DocumentView document) {
        DocumentPdf content = DocumentPdf.of(document, this::nameOf, clock.instant());
        Optional<ExportLimitOverride> override = override(account.getAccountId());
        return counted(account.getAccountId(), limitsOf(account, override), override.isPresent(), content,
                document.getDocumentId());
    }

    private ExportedPdf counted(UUID accountId, ExportLimits limits, boolean setByAdmin, DocumentPdf content,
                                UUID documentId) {
        ExportQuotas.Admission admission = quotas.admit(accountId, limits, setByAdmin);
        boolean finished = false;
        try {
            byte[] pdf = renderer.render(content);
            quotas.finish(admission, documentId);
            finished = true;
            return new ExportedPdf(pdf, content.fileName(), admission.quota());
        } finally {
            if (!finished) {
                giveBack(admission);
            }
        }
    }

    /** The limits that apply to the account now: those an admin set for it, or else its roles' defaults. */
    public ExportLimits limitsOf(AccountView account) {
        return limitsOf(account, override(account.getAccountId()));
    }

    /** The admin's override in force for the account, if any. */
    public Optional<ExportLimitOverride> override(UUID accountId) {
        return overrides.of(accountId).filter(ExportLimitOverride::inForce);
    }

    private ExportLimits limitsOf(AccountView account, Optional<ExportLimitOverride> override) {
        return override.map(ExportLimitOverride::limits).orElseGet(() -> settings.defaultsFor(account.getRoles()));
    }

    private void giveBack(ExportQuotas.Admission admission) {
        try {
            quotas.giveBack(admission);
        } catch (RuntimeException e) {
            // what failed the export is the answer; the count merely stays, and the slot's lease runs out
            log.warn("Could not uncount a failed export of account {}", admission.accountId(), e);
        }
    }

    private String nameOf(UUID accountId) {
        return directory.findAccount(accountId)
                .map(a -> a.isErased() ? Erased.LABEL : a.getDisplayName())
                .orElse(Erased.LABEL);
    }
}

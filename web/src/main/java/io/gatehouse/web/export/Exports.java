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
 * The order keeps refusals cheap and the site fast: the account's limits first (one short transaction, nothing
 * rendered), then a render slot of this instance (waiting holds no connection), then the rendering itself.
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
        DocumentPdf content = DocumentPdf.of(document, this::nameOf, clock.instant());
        Optional<ExportLimitOverride> override = override(account.getAccountId());
        ExportQuotas.Admission admission = quotas.admit(account.getAccountId(), limitsOf(account, override),
                override.isPresent());
        boolean finished = false;
        try {
            byte[] pdf = slots.run(() -> renderer.render(content), admission.quota().withoutThisExport());
            quotas.finish(admission, document.getDocumentId());
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

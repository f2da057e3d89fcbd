package io.gatehouse.web.export;

import io.gatehouse.query.document.DocumentView;
import io.gatehouse.web.support.CurrentAccount;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import java.io.IOException;

/**
 * The document pages' "Export as PDF": the PDF as a download, or the 429 page that says which limit was reached
 * and when to try again; the page's controller has found the document as it does for showing it. And the usage
 * the sponsor's and editor's dashboards show.
 */
@Component
public class ExportPages {

    private final Exports exports;
    private final ExportUsage usage;
    private final CurrentAccount currentAccount;

    ExportPages(Exports exports, ExportUsage usage, CurrentAccount currentAccount) {
        this.exports = exports;
        this.usage = usage;
        this.currentAccount = currentAccount;
    }

    /** The signed-in person's exports and limits, for their dashboard ({@code templates/export/usage}). */
    public ExportUsage.Usage usage() {
        return usage.of(currentAccount.get());
    }

    /** Writes the PDF and returns null (nothing left to render), or returns the refusal's page. */
    public ModelAndView answer(DocumentView document, String documentPath, HttpServletResponse response)
            throws IOException {
        try {
            ExportedPdf exported = exports.export(currentAccount.get(), document);
            RateLimitHeaders.write(response, exported);
            response.setContentType(ExportedPdf.CONTENT_TYPE);
            response.setHeader("Content-Disposition", exported.contentDisposition());
            response.setContentLength(exported.pdf().length);
            response.getOutputStream().write(exported.pdf());
            return null;
        } catch (ExportRefusedException refused) {
            RateLimitHeaders.write(response, refused);
            ModelAndView page = new ModelAndView("export/refused");
            page.setStatus(HttpStatus.TOO_MANY_REQUESTS);
            page.addObject("heading", refused.title());
            page.addObject("message", refused.getMessage());
            page.addObject("limits", refused.quota() == null ? null : refused.quota().limits().toString());
            page.addObject("setByAdmin", refused.quota() != null && refused.quota().setByAdmin());
            page.addObject("documentPath", documentPath);
            return page;
        }
    }
}

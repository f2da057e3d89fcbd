package io.gatehouse.web.document;

import io.gatehouse.query.account.AccountDirectory;
import io.gatehouse.query.account.AccountView;
import io.gatehouse.web.api.ApiCaller;
import io.gatehouse.web.api.ApiController;
import io.gatehouse.web.api.ApiProblems;
import io.gatehouse.web.export.ExportRefusedException;
import io.gatehouse.web.export.ExportedPdf;
import io.gatehouse.web.export.Exports;
import io.gatehouse.web.export.RateLimitHeaders;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.UUID;

/**
 * A document as PDF for API callers: the guarded resource, with the same limits as the pages' button (one
 * account's exports count the same whichever way they come) and the same 429 with Retry-After and RateLimit.
 */
@ApiController
@Tag(name = "Documents")
class DocumentExportsApiController {

    private final CallersDocuments documents;
    private final AccountDirectory directory;
    private final Exports exports;

    DocumentExportsApiController(CallersDocuments documents, AccountDirectory directory, Exports exports) {
        this.documents = documents;
        this.directory = directory;
        this.exports = exports;
    }

    @PostMapping(value = "/api/v1/documents/{id}/exports", produces = {"application/pdf", "application/problem+json"})
    @Operation(summary = "Export the document as PDF: limited per account per minute, per day and at once "
            + "(429 with Retry-After, RateLimit-Policy and RateLimit beyond a limit)")
    ResponseEntity<?> export(@PathVariable UUID id, HttpServletRequest request, HttpServletResponse response) {
        var document = documents.visible(id);
        AccountView account = directory.findAccount(ApiCaller.current().accountId()).orElseThrow();
        try {
            ExportedPdf exported = exports.export(account, document);
            RateLimitHeaders.write(response, exported);
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(ExportedPdf.CONTENT_TYPE))
                    .header("Content-Disposition", exported.contentDisposition()).body(exported.pdf());
        } catch (ExportRefusedException refused) {
            RateLimitHeaders.write(response, refused);
            ProblemDetail problem = ApiProblems.problem(HttpStatus.TOO_MANY_REQUESTS, refused.getMessage(), request);
            problem.setTitle(refused.title());
            problem.setProperty("limit", refused.limit().name());
            problem.setProperty("retryAt", refused.retryAt().toString());
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).contentType(ApiProblems.PROBLEM).body(problem);
        }
    }
}

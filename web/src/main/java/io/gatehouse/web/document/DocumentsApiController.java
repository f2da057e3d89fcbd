package io.gatehouse.web.document;

import io.gatehouse.account.Role;
import io.gatehouse.document.CreateDocument;
import io.gatehouse.document.EditDocument;
import io.gatehouse.query.account.AccountDirectory;
import io.gatehouse.query.document.DocumentCatalog;
import io.gatehouse.query.document.DocumentView;
import io.gatehouse.web.api.ApiCaller;
import io.gatehouse.web.api.ApiController;
import io.gatehouse.web.api.ApiForbiddenException;
import io.gatehouse.web.api.Cursor;
import io.gatehouse.web.api.ListPage;
import io.gatehouse.web.projections.CatchUp;
import io.gatehouse.web.projections.ReadModels;
import io.gatehouse.web.support.Web;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Documents for their sponsors and editors, with the pages' rules: each sees only their own, the commands
 * decide what may change. A write names the version it was based on ({@code If-Match}); a stale one is
 * refused by the event store itself and answers 412, so no change is lost.
 */
@ApiController
@Tag(name = "Documents", description = "Sponsors and editors: scopes documents:read and documents:write")
class DocumentsApiController {

    private static final int PAGE = 20;
    private static final int MAX_PAGE = 100;

    private final DocumentCatalog catalog;
    private final CommandGateway commands;
    private final EventStorageEngine events;
    private final AccountDirectory directory;
    private final CatchUp catchUp;
    private final CallersDocuments visibleDocuments;

    DocumentsApiController(DocumentCatalog catalog, CommandGateway commands, EventStorageEngine events,
                           AccountDirectory directory, CatchUp catchUp, CallersDocuments visibleDocuments) {
        this.visibleDocuments = visibleDocuments;
        this.catalog = catalog;
        this.commands = commands;
        this.events = events;
        this.directory = directory;
        this.catchUp = catchUp;
    }

    record NewDocument(String title, String body, UUID editorId) {
    }

    record DocumentChange(String title, String body) {
    }

    record EditorJson(UUID id, String displayName) {
    }

    @GetMapping("/api/v1/documents")
    @Operation(summary = "The documents you sponsor or edit, last changed first; follow nextCursor")
    ListPage<DocumentJson> list(@RequestParam(required = false) String cursor,
                                @RequestParam(required = false) Integer limit) {
        ApiCaller caller = ApiCaller.current();
        int size = Cursor.limit(limit, PAGE, MAX_PAGE);
        Cursor.Place after = Cursor.place(cursor);
        List<DocumentView> rows = catalog.findVisibleTo(caller.accountId(), caller.holds(Role.SPONSOR),
                caller.holds(Role.EDITOR), after == null ? null : after.at(),
                after == null ? null : after.id(), size + 1);
        boolean more = rows.size() > size;
        List<DocumentView> shown = more ? rows.subList(0, size) : rows;
        DocumentView last = more ? shown.get(size - 1) : null;
        return new ListPage<>(shown.stream().map(DocumentJson::of).toList(),
                last == null ? null : new Cursor.Place(last.getUpdatedAt(), last.getDocumentId()).cursor());
    }

    @GetMapping("/api/v1/documents/{id}")
    @Operation(summary = "One document, with its version as ETag (If-None-Match answers 304)")
    ResponseEntity<DocumentJson> one(@PathVariable UUID id, WebRequest request) {
        DocumentView document = visible(id);
        String etag = DocumentJson.etag(document.getVersion());
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok().eTag(etag).body(DocumentJson.of(document));
    }

    @PostMapping("/api/v1/documents")
    @Operation(summary = "Create a document (sponsors) and assign it to an active editor")
    ResponseEntity<DocumentJson> create(@RequestBody NewDocument body, HttpServletRequest request) {
        ApiCaller caller = ApiCaller.current();
        if (!caller.holds(Role.SPONSOR)) {
            throw new ApiForbiddenException("Only sponsors create documents.");
        }
        UUID id = UUID.randomUUID();
        commands.sendAndWait(new CreateDocument(id, caller.accountId(), body.editorId(), body.title(), body.body(),
                Web.clientAddress(request)));
        URI location = URI.create("/api/v1/documents/" + id);
        // the documents read model follows the store: the new one is shown once it has arrived there
        return catchUp.awaitHead(List.of(ReadModels.DOCUMENTS))
                ? catalog.findForSponsor(id, caller.accountId())
                .map(created -> ResponseEntity.created(location).eTag(DocumentJson.etag(created.getVersion()))
                        .body(DocumentJson.of(created)))
                .orElseGet(() -> ResponseEntity.created(location).eTag(DocumentJson.etag(0)).build())
                : ResponseEntity.created(location).eTag(DocumentJson.etag(0)).build();
    }

    @GetMapping("/api/v1/editors")
    @Operation(summary = "The active editors a sponsor can assign a document to")
    List<EditorJson> editors() {
        return directory.findActiveEditors().stream()
                .map(editor -> new EditorJson(editor.getAccountId(), editor.getDisplayName())).toList();
    }

    @PutMapping("/api/v1/documents/{id}")
    @Operation(summary = "Change the title and body; If-Match with the ETag you read is required (412 when stale)")
    ResponseEntity<Void> change(@PathVariable UUID id, @RequestBody DocumentChange body,
                                @Parameter(description = "the ETag of the version you changed, or *")
                                @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                HttpServletRequest request) {
        visible(id);
        Long expected = IfMatch.version(ifMatch);
        commands.sendAndWait(new EditDocument(id, expected, body.title(), body.body(),
                ApiCaller.current().accountId(), Web.clientAddress(request)));
        long now = expected != null ? expected + 1 : events.lastSequenceNumberFor(id.toString()).orElse(0L);
        return ResponseEntity.status(HttpStatus.NO_CONTENT).eTag(DocumentJson.etag(now)).build();
    }

    DocumentView visible(UUID id) {
        return visibleDocuments.visible(id);
    }
}

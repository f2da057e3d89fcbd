package io.gatehouse.web.document;

import io.gatehouse.command.CommandRefusedException;
import io.gatehouse.document.EditDocument;
import io.gatehouse.personal.Erased;
import io.gatehouse.query.account.AccountDirectory;
import io.gatehouse.query.document.DocumentRevisions;
import io.gatehouse.query.document.DocumentRevisions.Since;
import io.gatehouse.query.document.DocumentView;
import io.gatehouse.web.support.DocumentRow;
import io.gatehouse.web.support.Web;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Saving a document from its page, for the sponsor and the editor alike. The page's version goes into the
 * command as Axon's expected aggregate version, so the event store itself refuses a save from a page opened
 * before someone else's: nothing is recorded, and the person gets their text back beside what changed.
 */
@Component
public class DocumentEditing {

    static final String OUT_OF_DATE = "Someone saved this document after you opened it, so your changes were "
            + "not saved. See what changed below; your text is kept in the form. Save again to replace theirs.";
    private static final int DIFF_CONTEXT = 2;

    private final CommandGateway commands;
    private final DocumentRevisions revisions;
    private final AccountDirectory directory;

    DocumentEditing(CommandGateway commands, DocumentRevisions revisions, AccountDirectory directory) {
        this.commands = commands;
        this.revisions = revisions;
        this.directory = directory;
    }

    /** Empty when the edit is recorded; otherwise why not. The caller has checked who may see the document. */
    public Optional<EditState> save(DocumentView document, DocumentForm form, BindingResult errors,
                                    HttpServletRequest request) {
        if (errors.hasFieldErrors("version")) {
            return Optional.of(unknownVersion(document));
        }
        long version = Long.parseLong(form.getVersion());
        try {
            commands.sendAndWait(new EditDocument(document.getDocumentId(), version, form.getTitle(), form.getBody(),
                    Web.requireCurrentAccount().accountId(), Web.clientAddress(request)));
            return Optional.empty();
        } catch (CommandRefusedException refused) {
            return Optional.of(EditState.refused(refused, version));
        } catch (ConflictingModificationException | ConcurrencyException stale) {
            return Optional.of(outOfDate(document, version));
        }
    }

    private EditState outOfDate(DocumentView document, long version) {
        Optional<Since> since = revisions.since(document.getDocumentId(), version);
        if (since.isEmpty()) {
            // a version the document never had: the form was not one this app rendered for it
            return unknownVersion(document);
        }
        return EditState.outOfDate(OUT_OF_DATE, since.get().currentVersion(), describe(since.get()));
    }

    /**
     * With no version to compare against, nobody can say what was saved since the page was opened; so the form
     * gets the current version only together with the whole text at that version, and the next save replaces
     * nothing the person has not been shown (anything saved after this answer is refused as out of date).
     */
    private EditState unknownVersion(DocumentView document) {
        // every document has version 0, its creation: "since 0" is the text and version as the store has them now
        return revisions.since(document.getDocumentId(), 0)
                .map(since -> EditState.unknownVersion(DocumentForm.NO_VERSION, since.currentVersion(),
                        SavedNow.of(since.now().title(), since.now().body())))
                .orElseGet(() -> EditState.unknownVersion(DocumentForm.NO_VERSION, document.getVersion(),
                        SavedNow.of(document.getTitle(), document.getBody())));
    }

    private OutOfDate describe(Since since) {
        Function<UUID, String> names = DocumentRow.names(directory);
        List<OutOfDate.Change> changes = since.changes().stream()
                .map(change -> new OutOfDate.Change(what(change.kind()), names.apply(change.actorId()),
                        Web.iso(change.at()), Web.time(change.at())))
                .toList();
        String titleThen = Erased.orLabel(since.then().title());
        String titleNow = Erased.orLabel(since.now().title());
        List<LineDiff.Line> body = LineDiff.between(since.then().body(), since.now().body());
        return new OutOfDate(changes, !titleThen.equals(titleNow), titleThen, titleNow, LineDiff.changes(body),
                LineDiff.compact(body, DIFF_CONTEXT));
    }

    private static String what(DocumentRevisions.Kind kind) {
        return switch (kind) {
            case CREATED -> "Created";
            case EDITED -> "Saved";
            case REASSIGNED -> "Reassigned";
        };
    }
}

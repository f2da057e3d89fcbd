package io.gatehouse.web.sponsor;

import io.gatehouse.command.CommandRefusedException;
import io.gatehouse.document.ReassignDocument;
import io.gatehouse.query.account.AccountDirectory;
import io.gatehouse.query.document.DocumentCatalog;
import io.gatehouse.query.document.DocumentView;
import io.gatehouse.web.document.DocumentEditing;
import io.gatehouse.web.document.DocumentForm;
import io.gatehouse.web.document.DocumentPage;
import io.gatehouse.web.document.EditState;
import io.gatehouse.web.export.ExportPages;
import io.gatehouse.web.support.Plural;
import io.gatehouse.web.security.AccountPrincipal;
import io.gatehouse.web.support.DocumentRow;
import io.gatehouse.web.support.DocumentRow.EditorOption;
import io.gatehouse.web.support.NotFoundException;
import io.gatehouse.web.support.Paging;
import io.gatehouse.web.support.Web;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

@Controller
class SponsorController {

    private final DocumentCatalog documents;
    private final AccountDirectory directory;
    private final CommandGateway commands;
    private final DocumentEditing editing;
    private final DocumentPage pages;
    private final ExportPages exports;

    SponsorController(DocumentCatalog documents, AccountDirectory directory, CommandGateway commands,
                      DocumentEditing editing, DocumentPage pages, ExportPages exports) {
        this.documents = documents;
        this.directory = directory;
        this.commands = commands;
        this.editing = editing;
        this.pages = pages;
        this.exports = exports;
    }

    @GetMapping({"/sponsor", "/sponsor/"})
    ModelAndView home() {
        return Web.seeOther("/sponsor/dashboard");
    }

    @GetMapping("/sponsor/dashboard")
    ModelAndView dashboard() {
        UUID me = Web.requireCurrentAccount().accountId();
        ModelAndView view = new ModelAndView("sponsor/dashboard");
        long count = documents.countSponsoredBy(me);
        view.addObject("documentCount", count);
        view.addObject("documentNoun", Plural.noun(count, "document", "documents"));
        view.addObject("exports", exports.usage());
        view.addObject("recent", DocumentRow.all(documents.findSponsoredBy(me, 0).stream().limit(5).toList(), directory));
        view.addObject("noEditors", directory.findActiveEditors().isEmpty());
        return view;
    }

    @GetMapping("/sponsor/documents")
    ModelAndView list(@RequestParam(defaultValue = "0") int page) {
        Page<DocumentView> found = documents.findSponsoredBy(Web.requireCurrentAccount().accountId(), page);
        ModelAndView view = new ModelAndView("sponsor/documents");
        view.addObject("documents", DocumentRow.all(found.getContent(), directory));
        view.addObject("paging", Paging.of(found, "/sponsor/documents", Map.of()));
        return view;
    }

    @GetMapping("/sponsor/documents/{id}")
    ModelAndView document(@PathVariable UUID id) {
        DocumentView document = own(id);
        return page(document, null, EditState.opened(document.getVersion()));
    }

    @PostMapping({"/sponsor/documents/{id}", "/sponsor/documents/{id}/edit"})
    ModelAndView edit(@PathVariable UUID id, @Valid @ModelAttribute("form") DocumentForm form, BindingResult errors,
                      HttpServletRequest request, RedirectAttributes flash) {
        DocumentView document = own(id);
        return editing.save(document, form, errors, request)
                .map(refused -> page(document, form, refused))
                .orElseGet(() -> {
                    flash.addFlashAttribute("notice", "Document saved.");
                    return Web.seeOther("/sponsor/documents/" + id);
                });
    }

    @PostMapping("/sponsor/documents/{id}/reassign")
    ModelAndView reassign(@PathVariable UUID id, @RequestParam(required = false) String editorId,
                          HttpServletRequest request, RedirectAttributes flash) {
        DocumentView document = own(id);
        try {
            commands.sendAndWait(new ReassignDocument(id, NewDocumentController.editorIdOf(editorId), Web.requireCurrentAccount().accountId(),
                    Web.clientAddress(request)));
        } catch (CommandRefusedException refused) {
            return page(document, null, EditState.refused(refused, document.getVersion()));
        }
        flash.addFlashAttribute("notice", "Document reassigned.");
        return Web.seeOther("/sponsor/documents/" + id);
    }

    @PostMapping("/sponsor/documents/{id}/export")
    ModelAndView export(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        return exports.answer(own(id), "/sponsor/documents/" + id, response);
    }

    private DocumentView own(UUID id) {
        AccountPrincipal me = Web.requireCurrentAccount();
        return documents.findForSponsor(id, me.accountId()).orElseThrow(() -> new NotFoundException("No such document"));
    }

    /** The shared document page, with the editors the document can be handed to. */
    private ModelAndView page(DocumentView document, DocumentForm typed, EditState state) {
        return pages.render("sponsor/document", document, typed, state)
                .addObject("editors", directory.findActiveEditors().stream()
                        .filter(e -> !e.getAccountId().equals(document.getEditorId()))
                        .map(e -> EditorOption.of(e, null)).toList());
    }
}

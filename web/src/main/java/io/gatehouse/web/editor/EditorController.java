package io.gatehouse.web.editor;

import io.gatehouse.query.account.AccountDirectory;
import io.gatehouse.query.document.DocumentCatalog;
import io.gatehouse.query.document.DocumentView;
import io.gatehouse.web.document.DocumentEditing;
import io.gatehouse.web.document.DocumentForm;
import io.gatehouse.web.document.DocumentPage;
import io.gatehouse.web.document.EditState;
import io.gatehouse.web.export.ExportPages;
import io.gatehouse.web.support.Plural;
import io.gatehouse.web.support.DocumentRow;
import io.gatehouse.web.support.NotFoundException;
import io.gatehouse.web.support.Paging;
import io.gatehouse.web.support.Web;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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
class EditorController {

    private final DocumentCatalog documents;
    private final AccountDirectory directory;
    private final DocumentEditing editing;
    private final DocumentPage pages;
    private final ExportPages exports;

    EditorController(DocumentCatalog documents, AccountDirectory directory, DocumentEditing editing,
                     DocumentPage pages, ExportPages exports) {
        this.documents = documents;
        this.directory = directory;
        this.editing = editing;
        this.pages = pages;
        this.exports = exports;
    }

    @GetMapping({"/editor", "/editor/"})
    ModelAndView home() {
        return Web.seeOther("/editor/dashboard");
    }

    @GetMapping("/editor/dashboard")
    ModelAndView dashboard() {
        UUID me = Web.requireCurrentAccount().accountId();
        ModelAndView view = new ModelAndView("editor/dashboard");
        long count = documents.countAssignedTo(me);
        view.addObject("documentCount", count);
        view.addObject("documentNoun", Plural.noun(count, "document", "documents"));
        view.addObject("exports", exports.usage());
        view.addObject("recent", DocumentRow.all(documents.findAssignedTo(me, 0).stream().limit(5).toList(), directory));
        return view;
    }

    @GetMapping("/editor/documents")
    ModelAndView list(@RequestParam(defaultValue = "0") int page) {
        Page<DocumentView> found = documents.findAssignedTo(Web.requireCurrentAccount().accountId(), page);
        ModelAndView view = new ModelAndView("editor/documents");
        view.addObject("documents", DocumentRow.all(found.getContent(), directory));
        view.addObject("paging", Paging.of(found, "/editor/documents", Map.of()));
        return view;
    }

    @GetMapping("/editor/documents/{id}")
    ModelAndView document(@PathVariable UUID id) {
        DocumentView document = assigned(id);
        return page(document, null, EditState.opened(document.getVersion()));
    }

    @PostMapping({"/editor/documents/{id}", "/editor/documents/{id}/edit"})
    ModelAndView edit(@PathVariable UUID id, @Valid @ModelAttribute("form") DocumentForm form, BindingResult errors,
                      HttpServletRequest request, RedirectAttributes flash) {
        DocumentView document = assigned(id);
        return editing.save(document, form, errors, request)
                .map(refused -> page(document, form, refused))
                .orElseGet(() -> {
                    flash.addFlashAttribute("notice", "Document saved.");
                    return Web.seeOther("/editor/documents/" + id);
                });
    }

    @PostMapping("/editor/documents/{id}/export")
    ModelAndView export(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        return exports.answer(assigned(id), "/editor/documents/" + id, response);
    }

    private DocumentView assigned(UUID id) {
        return documents.findForEditor(id, Web.requireCurrentAccount().accountId())
                .orElseThrow(() -> new NotFoundException("No such document"));
    }

    private ModelAndView page(DocumentView document, DocumentForm typed, EditState state) {
        return pages.render("editor/document", document, typed, state);
    }
}

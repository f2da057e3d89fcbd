package io.gatehouse.web.editor;

import io.gatehouse.command.CommandRefusedException;
import io.gatehouse.document.EditDocument;
import io.gatehouse.query.account.AccountDirectory;
import io.gatehouse.query.document.DocumentCatalog;
import io.gatehouse.query.document.DocumentView;
import io.gatehouse.web.support.DocumentRow;
import io.gatehouse.web.support.NotFoundException;
import io.gatehouse.web.support.Paging;
import io.gatehouse.web.support.Web;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Map;
import java.util.UUID;

@Controller
class EditorController {

    private final DocumentCatalog documents;
    private final AccountDirectory directory;
    private final CommandGateway commands;

    EditorController(DocumentCatalog documents, AccountDirectory directory, CommandGateway commands) {
        this.documents = documents;
        this.directory = directory;
        this.commands = commands;
    }

    @GetMapping({"/editor", "/editor/"})
    ModelAndView home() {
        return Web.seeOther("/editor/dashboard");
    }

    @GetMapping("/editor/dashboard")
    ModelAndView dashboard() {
        UUID me = Web.requireCurrentAccount().accountId();
        ModelAndView view = new ModelAndView("editor/dashboard");
        view.addObject("documentCount", documents.countAssignedTo(me));
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
        return page(assigned(id), null, null, null, HttpStatus.OK);
    }

    @PostMapping({"/editor/documents/{id}", "/editor/documents/{id}/edit"})
    ModelAndView edit(@PathVariable UUID id, @RequestParam(defaultValue = "") String title,
                      @RequestParam(defaultValue = "") String body, HttpServletRequest request,
                      RedirectAttributes flash) {
        DocumentView document = assigned(id);
        try {
            commands.sendAndWait(new EditDocument(id, title, body, Web.requireCurrentAccount().accountId(),
                    Web.clientAddress(request)));
        } catch (CommandRefusedException refused) {
            return page(document, title, body, refused.getMessage(), Web.statusOf(refused));
        }
        flash.addFlashAttribute("notice", "Document saved.");
        return Web.seeOther("/editor/documents/" + id);
    }

    private DocumentView assigned(UUID id) {
        return documents.findForEditor(id, Web.requireCurrentAccount().accountId())
                .orElseThrow(() -> new NotFoundException("No such document"));
    }

    private ModelAndView page(DocumentView document, String title, String body, String problem, HttpStatus status) {
        ModelAndView view = new ModelAndView("editor/document");
        view.setStatus(status);
        DocumentRow row = DocumentRow.of(document, directory);
        view.addObject("document", row);
        view.addObject("title", title != null ? title : row.title());
        view.addObject("body", body != null ? body : row.body());
        view.addObject("problem", problem);
        return view;
    }
}

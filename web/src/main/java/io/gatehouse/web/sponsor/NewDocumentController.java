package io.gatehouse.web.sponsor;

import io.gatehouse.command.CommandRefusedException;
import io.gatehouse.document.CreateDocument;
import io.gatehouse.query.account.AccountDirectory;
import io.gatehouse.web.document.EditState;
import io.gatehouse.web.support.DocumentRow.EditorOption;
import io.gatehouse.web.support.Web;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Map;
import java.util.UUID;

/** A sponsor writes a new document and assigns it to an active editor. */
@Controller
class NewDocumentController {

    private final AccountDirectory directory;
    private final CommandGateway commands;

    NewDocumentController(AccountDirectory directory, CommandGateway commands) {
        this.directory = directory;
        this.commands = commands;
    }

    @GetMapping("/sponsor/documents/new")
    ModelAndView newDocument() {
        return form("", "", null, null, HttpStatus.OK);
    }

    @PostMapping({"/sponsor/documents/new", "/sponsor/documents"})
    ModelAndView create(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String body,
                        @RequestParam(required = false) String editorId, HttpServletRequest request,
                        RedirectAttributes flash) {
        UUID documentId = UUID.randomUUID();
        try {
            commands.sendAndWait(new CreateDocument(documentId, Web.requireCurrentAccount().accountId(),
                    editorIdOf(editorId), title, body, Web.clientAddress(request)));
        } catch (CommandRefusedException refused) {
            // a refusal that names its field is shown at that field; any other at the top
            ModelAndView form = form(title, body, editorId,
                    refused.field().isPresent() ? EditState.MARKED : refused.getMessage(), Web.statusOf(refused));
            refused.field().ifPresent(field -> form.addObject("fieldErrors", Map.of(field, refused.getMessage())));
            return form;
        }
        flash.addFlashAttribute("notice", "Document created and assigned.");
        return Web.seeOther("/sponsor/documents/" + documentId);
    }

    private ModelAndView form(String title, String body, String editorId, String problem, HttpStatus status) {
        ModelAndView view = new ModelAndView("sponsor/new");
        view.setStatus(status);
        view.addObject("title", title);
        view.addObject("body", body);
        view.addObject("problem", problem);
        view.addObject("editors", directory.findActiveEditors().stream()
                .map(e -> EditorOption.of(e, editorId)).toList());
        return view;
    }

    /** The editor a form chose; null when none or not an id, which the command refuses with a message to show. */
    static UUID editorIdOf(String id) {
        try {
            return id == null || id.isBlank() ? null : UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

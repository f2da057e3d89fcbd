package io.gatehouse.web.admin;

import io.gatehouse.account.AdminAct;
import io.gatehouse.account.ClearExportLimits;
import io.gatehouse.account.SetExportLimits;
import io.gatehouse.command.CommandRefusedException;
import io.gatehouse.command.Reasons;
import io.gatehouse.query.account.AccountDirectory;
import io.gatehouse.query.account.AccountView;
import io.gatehouse.query.audit.AuditTrail;
import io.gatehouse.web.security.AccountPrincipal;
import io.gatehouse.web.support.Forms;
import io.gatehouse.web.support.NotFoundException;
import io.gatehouse.web.support.Web;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Map;
import java.util.UUID;

/**
 * An admin gives an account export limits of its own, or returns it to its roles' defaults, with a reason: the
 * commands {@link SetExportLimits} and {@link ClearExportLimits}. A refusal answers on the account's page, at the
 * form it came from with what was typed (400), or at the top when the account's state forbids it (409).
 */
@Controller
class ExportLimitsController {

    private static final Logger log = LoggerFactory.getLogger(ExportLimitsController.class);

    private final AccountDirectory directory;
    private final AuditTrail audit;
    private final CommandGateway commands;
    private final ExportLimitsSection section;

    ExportLimitsController(AccountDirectory directory, AuditTrail audit, CommandGateway commands,
                           ExportLimitsSection section) {
        this.directory = directory;
        this.audit = audit;
        this.commands = commands;
        this.section = section;
    }

    @PostMapping("/admin/accounts/{id}/export-limits")
    ModelAndView set(@PathVariable UUID id, @Valid @ModelAttribute("exportLimitsForm") ExportLimitsForm form,
                     BindingResult errors, HttpServletRequest request, RedirectAttributes flash) {
        AccountView account = find(id);
        if (errors.hasErrors()) {
            return page(account, form, null, Forms.errors(errors), null, HttpStatus.BAD_REQUEST);
        }
        AccountPrincipal admin = Web.requireCurrentAccount();
        return send(account, new SetExportLimits(id, form.limits(), form.getReason(), admin.getName(),
                Web.clientAddress(request)), form, null, "Export limits set: " + form.limits() + ".", flash);
    }

    @PostMapping("/admin/accounts/{id}/export-limits/clear")
    ModelAndView clear(@PathVariable UUID id, @RequestParam(required = false) String reason,
                       HttpServletRequest request, RedirectAttributes flash) {
        AccountView account = find(id);
        AccountPrincipal admin = Web.requireCurrentAccount();
        return send(account, new ClearExportLimits(id, reason, admin.getName(), Web.clientAddress(request)), null,
                reason, "Export limits cleared: the defaults of the account's roles apply again.", flash);
    }

    private ModelAndView send(AccountView account, AdminAct command, ExportLimitsForm typed, String clearReason,
                              String done, RedirectAttributes flash) {
        UUID id = account.getAccountId();
        String admin = Web.requireCurrentAccount().getName();
        try {
            commands.sendAndWait(command);
        } catch (CommandRefusedException refused) {
            log.info("Admin {}'s {} on account {} refused: {}", admin, command.getClass().getSimpleName(), id,
                    refused.getMessage());
            if (refused.kind() == CommandRefusedException.Kind.CONFLICT) {
                return page(find(id), typed, clearReason, Map.of(), refused.getMessage(), HttpStatus.CONFLICT);
            }
            String field = reasonAtFault(command.reason()) ? (typed != null ? "reason" : "clearReason") : "form";
            return page(find(id), typed, clearReason, Map.of(field, refused.getMessage()), null,
                    HttpStatus.BAD_REQUEST);
        } catch (ConcurrencyException lost) {
            return page(find(id), typed, clearReason, Map.of(),
                    "Another admin changed this account at the same moment; here is its current state.",
                    HttpStatus.CONFLICT);
        }
        log.info("Admin {} did {} on account {}", admin, command.getClass().getSimpleName(), id);
        flash.addFlashAttribute("notice", done);
        return Web.seeOther("/admin/accounts/" + id);
    }

    private ModelAndView page(AccountView account, ExportLimitsForm typed, String clearReason,
                              Map<String, String> errors, String problem, HttpStatus status) {
        ModelAndView page = AccountPage.render(account, audit.findAccountActs(account.getAccountId()),
                Web.requireCurrentAccount(), problem, status);
        return page.addObject(ExportLimitsSection.ATTRIBUTE, section.of(account, typed, clearReason, errors));
    }

    private static boolean reasonAtFault(String reason) {
        return reason == null || reason.isBlank() || reason.strip().length() > Reasons.MAX_LENGTH;
    }

    private AccountView find(UUID id) {
        return directory.findAccount(id).orElseThrow(() -> new NotFoundException("No such account"));
    }
}

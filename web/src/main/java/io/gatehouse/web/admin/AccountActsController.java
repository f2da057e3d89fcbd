package io.gatehouse.web.admin;

import io.gatehouse.account.AdminAct;
import io.gatehouse.account.ApproveAccount;
import io.gatehouse.account.EraseAccount;
import io.gatehouse.account.GrantRole;
import io.gatehouse.account.ReinstateAccount;
import io.gatehouse.account.RejectAccount;
import io.gatehouse.account.ResetSecondFactor;
import io.gatehouse.account.RevokeRole;
import io.gatehouse.account.Role;
import io.gatehouse.account.SuspendAccount;
import io.gatehouse.command.CommandRefusedException;
import io.gatehouse.personal.Erased;
import io.gatehouse.query.account.AccountDirectory;
import io.gatehouse.query.account.AccountView;
import io.gatehouse.query.audit.AuditTrail;
import io.gatehouse.web.security.AccountPrincipal;
import io.gatehouse.web.support.BadRequestException;
import io.gatehouse.web.support.NotFoundException;
import io.gatehouse.web.support.Web;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/** The acts admins perform on one account: each sends its command and answers a refusal on the account's page. */
@Controller
class AccountActsController {

    private static final Logger log = LoggerFactory.getLogger(AccountActsController.class);
    private static final String DECIDED = AdminAccountsController.DECIDED;

    private final AccountDirectory directory;
    private final AuditTrail audit;
    private final CommandGateway commands;

    AccountActsController(AccountDirectory directory, AuditTrail audit, CommandGateway commands) {
        this.directory = directory;
        this.audit = audit;
        this.commands = commands;
    }

    @PostMapping("/admin/accounts/{id}/approve")
    ModelAndView approve(@PathVariable UUID id, @RequestParam(required = false) String reason,
                         HttpServletRequest request, RedirectAttributes flash) {
        return act(id, "Account approved.", flash.addFlashAttribute(DECIDED, true),
                actor -> new ApproveAccount(id, reason, actor, Web.clientAddress(request)));
    }

    @PostMapping("/admin/accounts/{id}/reject")
    ModelAndView reject(@PathVariable UUID id, @RequestParam(required = false) String reason,
                        HttpServletRequest request, RedirectAttributes flash) {
        return act(id, "Account rejected.", flash.addFlashAttribute(DECIDED, true),
                actor -> new RejectAccount(id, reason, actor, Web.clientAddress(request)));
    }

    @PostMapping("/admin/accounts/{id}/suspend")
    ModelAndView suspend(@PathVariable UUID id, @RequestParam(required = false) String reason,
                         HttpServletRequest request, RedirectAttributes flash) {
        return act(id, "Account suspended; its sessions have been ended.", flash,
                actor -> new SuspendAccount(id, reason, actor, Web.clientAddress(request)));
    }

    @PostMapping("/admin/accounts/{id}/reinstate")
    ModelAndView reinstate(@PathVariable UUID id, @RequestParam(required = false) String reason,
                           HttpServletRequest request, RedirectAttributes flash) {
        return act(id, "Account reinstated.", flash,
                actor -> new ReinstateAccount(id, reason, actor, Web.clientAddress(request)));
    }

    @PostMapping("/admin/accounts/{id}/roles/grant")
    ModelAndView grant(@PathVariable UUID id, @RequestParam(required = false) String role,
                       @RequestParam(required = false) String reason, HttpServletRequest request,
                       RedirectAttributes flash) {
        Role parsed = parseRole(id, role);
        return act(id, "Role " + parsed + " granted.", flash,
                actor -> new GrantRole(id, parsed, reason, actor, Web.clientAddress(request)));
    }

    @PostMapping("/admin/accounts/{id}/roles/revoke")
    ModelAndView revoke(@PathVariable UUID id, @RequestParam(required = false) String role,
                        @RequestParam(required = false) String reason, HttpServletRequest request,
                        RedirectAttributes flash) {
        Role parsed = parseRole(id, role);
        return act(id, "Role " + parsed + " revoked.", flash,
                actor -> new RevokeRole(id, parsed, reason, actor, Web.clientAddress(request)));
    }

    @PostMapping("/admin/accounts/{id}/mfa/reset")
    ModelAndView resetSecondFactor(@PathVariable UUID id, @RequestParam(required = false) String reason,
                                   HttpServletRequest request, RedirectAttributes flash) {
        return act(id, "Second factor removed; its owner sets up an authenticator again at the next sign-in.", flash,
                actor -> new ResetSecondFactor(id, reason, actor, Web.clientAddress(request)));
    }

    @PostMapping("/admin/accounts/{id}/erase")
    ModelAndView erase(@PathVariable UUID id, @RequestParam(required = false) String reason,
                       HttpServletRequest request, RedirectAttributes flash) {
        return act(id, "Account erased: its personal data is destroyed, its sessions are ended, and its history keeps"
                        + " every act with \"" + Erased.LABEL + "\" in the person's place.", flash,
                actor -> new EraseAccount(id, reason, actor, Web.clientAddress(request)));
    }

    /** Sends the command; on refusal shows the account again with the reason, as 400 or 409. */
    private ModelAndView act(UUID id, String done, RedirectAttributes flash, Function<String, AdminAct> command) {
        find(id);
        AccountPrincipal admin = Web.requireCurrentAccount();
        AdminAct sent = command.apply(admin.getName());
        try {
            commands.sendAndWait(sent);
        } catch (CommandRefusedException refused) {
            log.info("Admin {}'s {} on account {} refused: {}", admin.getName(), sent.getClass().getSimpleName(), id,
                    refused.getMessage());
            return ReasonErrors.placeAtForm(AccountPage.render(find(id), audit.findAccountActs(id), admin,
                    refused.getMessage(), Web.statusOf(refused)), sent, refused);
        } catch (ConcurrencyException lost) {
            log.info("Admin {}'s {} on account {} lost a race with another change", admin.getName(),
                    sent.getClass().getSimpleName(), id);
            return AccountPage.render(find(id), audit.findAccountActs(id), admin,
                    "Another admin changed this account at the same moment; here is its current state.",
                    HttpStatus.CONFLICT);
        }
        log.info("Admin {} did {} on account {}", admin.getName(), sent.getClass().getSimpleName(), id);
        flash.addFlashAttribute("notice", done);
        return Web.seeOther("/admin/accounts/" + id);
    }

    private AccountView find(UUID id) {
        return directory.findAccount(id).orElseThrow(() -> new NotFoundException("No such account"));
    }

    private Role parseRole(UUID id, String role) {
        find(id);
        try {
            return Role.valueOf(role == null ? "" : role.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Choose one of the roles SPONSOR, EDITOR, ADMIN or AUDITOR.");
        }
    }
}

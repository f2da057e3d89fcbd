package io.gatehouse.web.admin;

import io.gatehouse.account.AccountStatus;
import io.gatehouse.account.AdminAct;
import io.gatehouse.account.ApproveAccount;
import io.gatehouse.account.RejectAccount;
import io.gatehouse.command.CommandRefusedException;
import io.gatehouse.command.Reasons;
import io.gatehouse.personal.Erased;
import io.gatehouse.query.account.AccountDirectory;
import io.gatehouse.query.account.AccountView;
import io.gatehouse.web.security.AccountPrincipal;
import io.gatehouse.web.support.Forms;
import io.gatehouse.web.support.Plural;
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
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Approving or rejecting several pending requests at once. Each is still its own command, and so its own event
 * with its own checks: one already decided by another admin is refused as on its own page, and the others go
 * through.
 */
@Controller
class AdminBulkDecisionController {

    private static final Logger log = LoggerFactory.getLogger(AdminBulkDecisionController.class);
    private static final String LIST = "/admin/accounts?status=PENDING";

    private final AccountDirectory directory;
    private final CommandGateway commands;

    AdminBulkDecisionController(AccountDirectory directory, CommandGateway commands) {
        this.directory = directory;
        this.commands = commands;
    }

    /**
     * Only the whole fields bind: an indexed {@code ids[n]} would make Spring fill the list in place, with gaps
     * of nulls, or fail past its growth limit. A hand-written request like that is simply not a choice.
     */
    @InitBinder("form")
    void onlyWholeFields(WebDataBinder binder) {
        binder.setAllowedFields("ids", "decision", "reason");
    }

    @PostMapping("/admin/accounts/bulk")
    ModelAndView decide(@Valid @ModelAttribute("form") BulkDecisionForm form, BindingResult errors,
                        HttpServletRequest request, RedirectAttributes flash) {
        if (!errors.hasFieldErrors("decision") && !errors.hasFieldErrors("reason")) {
            try {
                // the commands' own rule, asked once before any is sent, so a bad reason records nothing at all
                if (form.rejects()) {
                    Reasons.required(form.getReason(), "reject");
                } else {
                    Reasons.optional(form.getReason());
                }
            } catch (CommandRefusedException refused) {
                errors.rejectValue("reason", "invalid", refused.getMessage());
            }
        }
        if (errors.hasErrors()) {
            return AccountList.render(directory, AccountStatus.PENDING, null, 0, form, Forms.errors(errors),
                    HttpStatus.BAD_REQUEST);
        }
        AccountPrincipal admin = Web.requireCurrentAccount();
        int done = 0;
        List<Refusal> refusals = new ArrayList<>();
        for (UUID id : chosenAccounts(form, refusals)) {
            Optional<String> refused = decideOne(id, form, admin, Web.clientAddress(request), refusals);
            if (refused.isEmpty()) {
                done++;
            }
        }
        String verb = form.rejects() ? "rejected" : "approved";
        flash.addFlashAttribute("notice", done == 0 ? "No request was " + verb + "."
                : Plural.of(done, "request", "requests") + " " + verb + ".");
        if (!refusals.isEmpty()) {
            flash.addFlashAttribute("bulkRefused", "Could not " + form.getDecision() + " "
                    + Plural.of(refusals.size(), "request", "requests") + ":");
            flash.addFlashAttribute("refusals", refusals);
        }
        return Web.seeOther(LIST);
    }

    /** Each account once, however its id was spelled; what is not an id at all is noted as refused. */
    private static Set<UUID> chosenAccounts(BulkDecisionForm form, List<Refusal> refusals) {
        Set<UUID> chosen = new LinkedHashSet<>();
        Set<String> notIds = new LinkedHashSet<>();
        for (String rawId : form.getIds()) {
            try {
                chosen.add(UUID.fromString(rawId));
            } catch (IllegalArgumentException e) {
                notIds.add(rawId);
            }
        }
        notIds.forEach(rawId -> refuse(refusals, null, rawId, "This is not an account id."));
        return chosen;
    }

    /** Sends one account's command; on refusal notes who and why, and answers the why. */
    private Optional<String> decideOne(UUID id, BulkDecisionForm form, AccountPrincipal admin, String address,
                                       List<Refusal> refusals) {
        Optional<AccountView> account = directory.findAccount(id);
        if (account.isEmpty()) {
            return refuse(refusals, null, id.toString(), "No such account.");
        }
        String name = Erased.orLabel(account.get().getDisplayName());
        AdminAct command = form.rejects()
                ? new RejectAccount(id, form.getReason(), admin.getName(), address)
                : new ApproveAccount(id, form.getReason(), admin.getName(), address);
        try {
            commands.sendAndWait(command);
        } catch (CommandRefusedException refused) {
            log.info("Admin {}'s {} on account {} (bulk) refused: {}", admin.getName(),
                    command.getClass().getSimpleName(), id, refused.getMessage());
            return refuse(refusals, "/admin/accounts/" + id, name, refused.getMessage());
        } catch (ConcurrencyException lost) {
            return refuse(refusals, "/admin/accounts/" + id, name,
                    "Another admin changed this account at the same moment.");
        }
        log.info("Admin {} did {} on account {} (bulk)", admin.getName(), command.getClass().getSimpleName(), id);
        return Optional.empty();
    }

    private static Optional<String> refuse(List<Refusal> refusals, String url, String who, String why) {
        refusals.add(new Refusal(url, who, why));
        return Optional.of(why);
    }

    /** One request that could not be decided: whose, linked when it is an account, and why (kept in the flash). */
    record Refusal(String url, String who, String why) implements Serializable {
    }
}

package io.gatehouse.web.account;

import io.gatehouse.account.AccountStatus;
import io.gatehouse.account.Role;
import io.gatehouse.account.WithdrawRequest;
import io.gatehouse.query.account.AccountView;
import io.gatehouse.web.support.CurrentAccount;
import io.gatehouse.web.support.Forms;
import io.gatehouse.web.support.Web;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;

/**
 * Where the signed-in person's account stands, and for an active one, the areas it opens. A request still
 * waiting for an admin can be withdrawn from here.
 */
@Controller
class AccountStatusController {

    private final CurrentAccount currentAccount;
    private final CommandGateway commands;

    AccountStatusController(CurrentAccount currentAccount, CommandGateway commands) {
        this.currentAccount = currentAccount;
        this.commands = commands;
    }

    @GetMapping("/account/status")
    ModelAndView status() {
        return page(new WithdrawForm(), Map.of(), HttpStatus.OK);
    }

    /**
     * Every session of the account ends with the act (see SessionTerminator), this one too: the next request,
     * the redirect, lands on the page that says the request was withdrawn. A refusal (the request was decided
     * meanwhile, or withdrawn already) is a 409 page.
     */
    @PostMapping("/account/withdraw")
    ModelAndView withdraw(@Valid @ModelAttribute("withdrawal") WithdrawForm form, BindingResult errors,
                          HttpServletRequest request) {
        if (errors.hasErrors()) {
            return page(form, Forms.errors(errors), HttpStatus.BAD_REQUEST);
        }
        AccountView account = currentAccount.get();
        commands.sendAndWait(new WithdrawRequest(account.getAccountId(), form.getReason(),
                account.getAccountId().toString(), Web.clientAddress(request)));
        return Web.seeOther("/account/status");
    }

    private ModelAndView page(WithdrawForm withdrawal, Map<String, String> errors, HttpStatus httpStatus) {
        AccountView account = currentAccount.get();
        AccountStatus status = account.getStatus();
        ModelAndView page = new ModelAndView("account/status");
        page.setStatus(httpStatus);
        page.addObject("account", account);
        page.addObject("pending", status == AccountStatus.PENDING);
        page.addObject("rejected", status == AccountStatus.REJECTED);
        page.addObject("suspended", status == AccountStatus.SUSPENDED);
        page.addObject("active", status == AccountStatus.ACTIVE);
        page.addObject("withdrawn", status == AccountStatus.WITHDRAWN);
        page.addObject("since", Web.time(account.getStatusChangedAt()));
        page.addObject("sinceIso", Web.iso(account.getStatusChangedAt()));
        page.addObject("registeredAt", Web.time(account.getRegisteredAt()));
        page.addObject("registeredAtIso", Web.iso(account.getRegisteredAt()));
        page.addObject("roles", account.getRoles().stream().map(Role::name).toList());
        page.addObject("areas", AccountAreas.of(account));
        page.addObject("secondFactor", account.isSecondFactorEnrolled());
        page.addObject("withdrawal", withdrawal);
        page.addObject("errors", errors);
        page.addObject("hasErrors", !errors.isEmpty());
        return page;
    }
}

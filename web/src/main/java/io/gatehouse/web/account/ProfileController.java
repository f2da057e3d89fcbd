package io.gatehouse.web.account;

import io.gatehouse.account.ChangeAccountDetails;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Map;

/** {@code /account/profile}: the person changes the name and organization others see, in any state that signs in. */
@Controller
class ProfileController {

    static final String PATH = "/account/profile";

    private final CurrentAccount currentAccount;
    private final CommandGateway commands;

    ProfileController(CurrentAccount currentAccount, CommandGateway commands) {
        this.currentAccount = currentAccount;
        this.commands = commands;
    }

    @GetMapping(PATH)
    ModelAndView show() {
        AccountView account = currentAccount.get();
        ProfileForm form = new ProfileForm();
        form.setDisplayName(account.getDisplayName());
        form.setOrganization(account.getOrganization());
        return page(form, Map.of(), HttpStatus.OK);
    }

    @PostMapping(PATH)
    ModelAndView change(@Valid @ModelAttribute("form") ProfileForm form, BindingResult errors,
                        HttpServletRequest request, RedirectAttributes flash) {
        if (errors.hasErrors()) {
            return page(form, Forms.errors(errors), HttpStatus.BAD_REQUEST);
        }
        AccountView account = currentAccount.get();
        Boolean changed = commands.sendAndWait(new ChangeAccountDetails(account.getAccountId(), form.getDisplayName(),
                form.getOrganization(), account.getAccountId().toString(), Web.clientAddress(request)));
        boolean saved = Boolean.TRUE.equals(changed);
        flash.addFlashAttribute("notice", saved ? "Your details were saved." : "Nothing changed.");
        return Web.seeOther(saved ? "/account/status" : PATH);
    }

    private static ModelAndView page(ProfileForm form, Map<String, String> errors, HttpStatus status) {
        ModelAndView page = new ModelAndView("account/profile");
        page.setStatus(status);
        page.addObject("form", form);
        page.addObject("errors", errors);
        page.addObject("hasErrors", !errors.isEmpty());
        page.addObject("pageTitle", "Edit your details");
        return page;
    }
}

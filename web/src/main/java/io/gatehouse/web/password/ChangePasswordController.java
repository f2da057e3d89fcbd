package io.gatehouse.web.password;

import io.gatehouse.account.ChangePassword;
import io.gatehouse.command.account.CredentialStore;
import io.gatehouse.query.account.AccountView;
import io.gatehouse.signin.SessionEndCause;
import io.gatehouse.web.security.SessionFacts;
import io.gatehouse.web.sessions.EndedSessions;
import io.gatehouse.web.signin.Allowances;
import io.gatehouse.web.support.CurrentAccount;
import io.gatehouse.web.support.Forms;
import io.gatehouse.web.support.Web;
import io.gatehouse.web.throttle.Throttle;
import io.gatehouse.web.throttle.ThrottledException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Map;

/**
 * {@code /account/password}: a new password for the signed-in account, given the current one (checked
 * through the throttle, as at sign-in). Every other session of the account ends.
 */
@Controller
class ChangePasswordController {

    private final CurrentAccount currentAccount;
    private final CredentialStore credentials;
    private final PasswordEncoder passwords;
    private final Throttle throttle;
    private final Allowances allowances;
    private final CommandGateway commands;
    private final EndedSessions sessions;

    ChangePasswordController(CurrentAccount currentAccount, CredentialStore credentials, PasswordEncoder passwords,
                             Throttle throttle, Allowances allowances, CommandGateway commands, EndedSessions sessions) {
        this.currentAccount = currentAccount;
        this.credentials = credentials;
        this.passwords = passwords;
        this.throttle = throttle;
        this.allowances = allowances;
        this.commands = commands;
        this.sessions = sessions;
    }

    @ModelAttribute("form")
    ChangePasswordForm form() {
        AccountView account = currentAccount.get();
        return new ChangePasswordForm(account.getEmail(), account.getDisplayName());
    }

    @GetMapping("/account/password")
    ModelAndView show(@ModelAttribute("form") ChangePasswordForm form, HttpServletRequest request) {
        return page(request.getSession(), Map.of(), HttpStatus.OK);
    }

    @PostMapping("/account/password")
    ModelAndView change(@Valid @ModelAttribute("form") ChangePasswordForm form, BindingResult errors,
                        HttpServletRequest request, RedirectAttributes flash) {
        AccountView account = currentAccount.get();
        HttpSession session = request.getSession();
        if (!errors.hasFieldErrors("currentPassword") && !currentPasswordMatches(account, form, request)) {
            errors.rejectValue("currentPassword", "wrong", "That is not your current password.");
        } else if (!errors.hasErrors() && form.password().equals(form.getCurrentPassword())) {
            errors.rejectValue("newPassword", "unchanged", "Choose a password different from your current one.");
        }
        if (errors.hasErrors()) {
            return page(session, Forms.errors(errors), HttpStatus.BAD_REQUEST);
        }
        String me = account.getAccountId().toString();
        commands.sendAndWait(new ChangePassword(account.getAccountId(), passwords.encode(form.password()), me,
                Web.clientAddress(request)));
        int ended = sessions.endAllBut(account.getAccountId(), session.getId(), SessionEndCause.PASSWORD_CHANGED, me,
                Web.clientAddress(request));
        SessionFacts.passwordChanged(session);
        flash.addFlashAttribute("notice", "Your password was changed." + (ended == 0 ? ""
                : ended == 1 ? " Your other session was ended." : " Your " + ended + " other sessions were ended."));
        return Web.seeOther(SessionFacts.takeContinue(session).orElse("/account/status"));
    }

    /** Checked like a sign-in: a stolen session must not become a way around the throttle. */
    private boolean currentPasswordMatches(AccountView account, ChangePasswordForm form, HttpServletRequest request) {
        String hash = credentials.find(account.getAccountId()).map(CredentialStore.Credential::passwordHash).orElse("");
        try {
            return throttle.guard(allowances.forPassword(account.getEmail(), account.getAccountId(), request), () -> {
                if (!passwords.matches(form.getCurrentPassword(), hash)) {
                    throw new IllegalArgumentException("wrong current password");
                }
                return true;
            });
        } catch (IllegalArgumentException | ThrottledException wrong) {
            return false;
        }
    }


    private static ModelAndView page(HttpSession session, Map<String, String> errors, HttpStatus status) {
        ModelAndView page = new ModelAndView("account/password");
        page.setStatus(status);
        page.addObject("errors", errors);
        page.addObject("forced", SessionFacts.mustChangePassword(session));
        return page;
    }
}

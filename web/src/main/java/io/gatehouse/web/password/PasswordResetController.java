package io.gatehouse.web.password;

import io.gatehouse.account.EmailAddress;
import io.gatehouse.account.ResetPassword;
import io.gatehouse.command.CommandRefusedException;
import io.gatehouse.command.account.TokenPurpose;
import io.gatehouse.command.account.TokenStore;
import io.gatehouse.command.account.Tokens;
import io.gatehouse.query.account.AccountDirectory;
import io.gatehouse.query.account.AccountView;
import io.gatehouse.web.outbox.Outbox;
import io.gatehouse.web.support.Forms;
import io.gatehouse.web.support.Web;
import io.gatehouse.web.support.validation.AddressForm;
import io.gatehouse.web.throttle.MailRequests;
import io.gatehouse.web.throttle.ThrottledException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;
import java.util.Optional;

/**
 * A forgotten password: {@code /password/forgot} answers alike for any address and queues the mail (a
 * known account gets a link); {@code /password/reset} takes the link's token, once, within 30 minutes.
 */
@Controller
class PasswordResetController {

    static final String REQUEST_KIND = "password-reset";

    private final TokenStore tokens;
    private final AccountDirectory directory;
    private final PasswordEncoder passwords;
    private final CommandGateway commands;
    private final MailRequests limits;
    private final Outbox outbox;
    private final TransactionTemplate transactions;

    PasswordResetController(TokenStore tokens, AccountDirectory directory, PasswordEncoder passwords,
                            CommandGateway commands, MailRequests limits, Outbox outbox,
                            TransactionTemplate transactions) {
        this.tokens = tokens;
        this.directory = directory;
        this.passwords = passwords;
        this.commands = commands;
        this.limits = limits;
        this.outbox = outbox;
        this.transactions = transactions;
    }

    @GetMapping("/password/forgot")
    ModelAndView forgotForm(@RequestParam(required = false) String sent) {
        ModelAndView page = new ModelAndView("password/forgot");
        page.addObject("sent", sent != null);
        page.addObject("errors", Map.of());
        return page;
    }

    @PostMapping("/password/forgot")
    ModelAndView forgot(@Valid @ModelAttribute("form") AddressForm form, BindingResult errors, HttpServletRequest request) {
        if (errors.hasErrors()) {
            return forgotPage(form, Forms.errors(errors), HttpStatus.BAD_REQUEST);
        }
        try {
            limits.admitClient(request);
        } catch (ThrottledException tooMany) {
            return forgotPage(form, Map.of("form", MailRequests.tooManyFromYourNetwork()), HttpStatus.TOO_MANY_REQUESTS);
        }
        // Whether a mail goes out is decided later, in the outbox: this answer cannot tell who has an account.
        if (limits.admitAddress(MailRequests.Purpose.PASSWORD_RESET, form.getEmail(), request)) {
            String email = EmailAddress.normalize(form.getEmail());
            transactions.executeWithoutResult(status -> outbox.add(REQUEST_KIND, Map.of("email", email)));
        }
        return Web.seeOther("/password/forgot?sent");
    }

    @ModelAttribute("resetForm")
    ResetPasswordForm resetForm(@RequestParam(required = false) String token) {
        return owner(token).map(owner -> new ResetPasswordForm(owner.getEmail(), owner.getDisplayName()))
                .orElseGet(() -> new ResetPasswordForm(null, null));
    }

    @GetMapping("/password/reset")
    ModelAndView resetFormPage(@RequestParam(required = false) String token) {
        if (owner(token).isEmpty()) {
            return invalid();
        }
        return resetPage(token, Map.of(), HttpStatus.OK);
    }

    @PostMapping("/password/reset")
    ModelAndView reset(@Valid @ModelAttribute("resetForm") ResetPasswordForm form, BindingResult errors,
                       HttpServletRequest request) {
        Optional<AccountView> owner = owner(form.getToken());
        if (owner.isEmpty()) {
            return invalid();
        }
        if (errors.hasErrors()) {
            return resetPage(form.getToken(), Forms.errors(errors), HttpStatus.BAD_REQUEST);
        }
        try {
            commands.sendAndWait(new ResetPassword(owner.get().getAccountId(), Tokens.hash(form.getToken()),
                    passwords.encode(form.password()), Web.clientAddress(request)));
        } catch (CommandRefusedException usedMeanwhile) {
            return invalid();
        }
        return Web.seeOther("/login?reset");
    }

    private Optional<AccountView> owner(String token) {
        return tokens.accountOf(token, TokenPurpose.RESET_PASSWORD).flatMap(directory::findAccount);
    }

    private static ModelAndView forgotPage(AddressForm form, Map<String, String> errors, HttpStatus status) {
        ModelAndView page = new ModelAndView("password/forgot");
        page.setStatus(status);
        page.addObject("email", form.getEmail());
        page.addObject("errors", errors);
        return page;
    }

    private static ModelAndView resetPage(String token, Map<String, String> errors, HttpStatus status) {
        ModelAndView page = new ModelAndView("password/reset");
        page.setStatus(status);
        page.addObject("token", token);
        page.addObject("errors", errors);
        return page;
    }

    private static ModelAndView invalid() {
        ModelAndView page = new ModelAndView("password/reset-invalid");
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }
}

package io.gatehouse.web.signup;

import io.gatehouse.account.ConfirmEmail;
import io.gatehouse.account.EmailAddress;
import io.gatehouse.command.CommandRefusedException;
import io.gatehouse.command.account.TokenPurpose;
import io.gatehouse.command.account.TokenStore;
import io.gatehouse.command.account.Tokens;
import io.gatehouse.web.outbox.Outbox;
import io.gatehouse.web.support.Forms;
import io.gatehouse.web.support.Web;
import io.gatehouse.web.support.validation.AddressForm;
import io.gatehouse.web.throttle.MailRequests;
import io.gatehouse.web.throttle.ThrottledException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
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
import java.util.UUID;

/**
 * The link in the confirmation mail. Opening it (GET) only shows a button, because mail scanners open
 * links; pressing it (POST) confirms. A used, expired or unknown link offers a new mail instead.
 */
@Controller
class ConfirmationController {

    static final String RESEND_KIND = "confirmation-resend";
    private static final Logger log = LoggerFactory.getLogger(ConfirmationController.class);

    private final TokenStore tokens;
    private final CommandGateway commands;
    private final MailRequests limits;
    private final Outbox outbox;
    private final TransactionTemplate transactions;

    ConfirmationController(TokenStore tokens, CommandGateway commands, MailRequests limits, Outbox outbox,
                           TransactionTemplate transactions) {
        this.tokens = tokens;
        this.commands = commands;
        this.limits = limits;
        this.outbox = outbox;
        this.transactions = transactions;
    }

    @GetMapping("/signup/confirm")
    ModelAndView show(@RequestParam(required = false) String token) {
        if (account(token).isEmpty()) {
            return invalid("This confirmation link has been used already, has expired, or is not complete.");
        }
        ModelAndView page = new ModelAndView("signup/confirm");
        page.addObject("token", token);
        return page;
    }

    @PostMapping("/signup/confirm")
    ModelAndView confirm(@RequestParam(required = false) String token, HttpServletRequest request) {
        Optional<UUID> account = account(token);
        if (account.isEmpty()) {
            return invalid("This confirmation link has been used already, has expired, or is not complete.");
        }
        try {
            commands.sendAndWait(new ConfirmEmail(account.get(), Tokens.hash(token), Web.clientAddress(request)));
        } catch (CommandRefusedException refused) {
            return invalid(refused.getMessage());
        }
        log.info("Account {} confirmed its address from {}", account.get(), Web.clientAddress(request));
        return Web.seeOther("/login?confirmed");
    }

    @PostMapping("/signup/resend")
    ModelAndView resend(@Valid @ModelAttribute("form") AddressForm form, BindingResult errors, HttpServletRequest request) {
        if (errors.hasErrors()) {
            ModelAndView page = invalid(null);
            page.setStatus(HttpStatus.BAD_REQUEST);
            page.addObject("errors", Forms.errors(errors));
            page.addObject("email", form.getEmail());
            return page;
        }
        try {
            limits.admitClient(request);
        } catch (ThrottledException tooMany) {
            ModelAndView page = invalid(MailRequests.tooManyFromYourNetwork());
            page.setStatus(HttpStatus.TOO_MANY_REQUESTS);
            return page;
        }
        if (limits.admitAddress(MailRequests.Purpose.CONFIRMATION, form.getEmail(), request)) {
            String email = EmailAddress.normalize(form.getEmail());
            transactions.executeWithoutResult(status -> outbox.add(RESEND_KIND, Map.of("email", email)));
        }
        return Web.seeOther("/signup/check-inbox?resent");
    }

    private Optional<UUID> account(String token) {
        return tokens.accountOf(token, TokenPurpose.CONFIRM_EMAIL);
    }

    private static ModelAndView invalid(String message) {
        ModelAndView page = new ModelAndView("signup/confirm-invalid");
        page.setStatus(HttpStatus.BAD_REQUEST);
        page.addObject("message", message);
        return page;
    }
}

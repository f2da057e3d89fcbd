package io.gatehouse.web.signup;

import io.gatehouse.account.EmailAddress;
import io.gatehouse.account.Role;
import io.gatehouse.web.support.Forms;
import io.gatehouse.web.support.NotFoundException;
import io.gatehouse.web.support.Web;
import io.gatehouse.web.throttle.ClientAddresses;
import io.gatehouse.web.throttle.Limits;
import io.gatehouse.web.throttle.Throttle;
import io.gatehouse.web.throttle.ThrottledException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;
import java.util.UUID;

/**
 * {@code /signup/sponsor} and {@code /signup/editor}. A valid form is queued and answered at once, the same
 * way whether or not the address has an account: nobody can learn from this page who has one.
 */
@Controller
class SignupController {

    private static final Logger log = LoggerFactory.getLogger(SignupController.class);

    private final SignupRequests requests;
    private final PasswordEncoder passwords;
    private final Throttle throttle;
    private final Limits limits;
    private final TransactionTemplate transactions;

    SignupController(SignupRequests requests, PasswordEncoder passwords, Throttle throttle, Limits limits,
                     TransactionTemplate transactions) {
        this.requests = requests;
        this.passwords = passwords;
        this.throttle = throttle;
        this.limits = limits;
        this.transactions = transactions;
    }

    @GetMapping("/signup/{kind}")
    ModelAndView form(@PathVariable String kind) {
        Role role = role(kind);
        if (Web.currentAccount().isPresent()) {
            return Web.seeOther("/account/status"); // one account per session: sign out to open another
        }
        return page(role, new SignupForm(), Map.of(), HttpStatus.OK);
    }

    @PostMapping("/signup/{kind}")
    ModelAndView signUp(@PathVariable String kind, @Valid @ModelAttribute("form") SignupForm form, BindingResult errors,
                        HttpServletRequest request) {
        Role role = role(kind);
        if (Web.currentAccount().isPresent()) {
            return Web.seeOther("/account/status");
        }
        if (errors.hasErrors()) {
            return page(role, form, Forms.errors(errors), HttpStatus.BAD_REQUEST);
        }
        String client = Web.clientAddress(request);
        try {
            throttle.take(limits.mail().client().key(ClientAddresses.group(client))); // before any hashing
        } catch (ThrottledException tooMany) {
            return page(role, form, Map.of("form", "Too many sign-ups came from your network in the last hour. "
                    + "Please try again later."), HttpStatus.TOO_MANY_REQUESTS);
        }
        String email = EmailAddress.normalize(form.getEmail());
        // A flood of sign-ups for one address is dropped silently: the answer must not depend on the address.
        boolean addressAllowed = throttle.tryTake(limits.mail().address().key(email));
        SignupRequest signup = new SignupRequest(UUID.randomUUID(), email, form.getDisplayName().strip(),
                form.getOrganization(), role, passwords.encode(form.password()), client);
        if (addressAllowed) {
            transactions.executeWithoutResult(status -> requests.queue(signup));
        } else {
            log.warn("Sign-up from {} dropped: too many for one address in the last hour", client);
        }
        return Web.seeOther("/signup/check-inbox");
    }

    @GetMapping("/signup/check-inbox")
    String checkInbox() {
        return "signup/check-inbox";
    }

    private static ModelAndView page(Role role, SignupForm form, Map<String, String> problems, HttpStatus status) {
        ModelAndView page = new ModelAndView("signup/form");
        page.setStatus(status);
        page.addObject("form", form);
        page.addObject("errors", problems);
        page.addObject("hasErrors", problems.keySet().stream().anyMatch(field -> !field.equals("form")));
        page.addObject("roleName", role == Role.SPONSOR ? "sponsor" : "editor");
        page.addObject("sponsor", role == Role.SPONSOR);
        page.addObject("action", "/signup/" + (role == Role.SPONSOR ? "sponsor" : "editor"));
        return page;
    }

    private static Role role(String kind) {
        return switch (kind) {
            case "sponsor" -> Role.SPONSOR;
            case "editor" -> Role.EDITOR;
            default -> throw new NotFoundException("No such sign-up");
        };
    }
}

package io.gatehouse.web.signup;

import io.gatehouse.account.EmailAddress;
import io.gatehouse.account.Role;
import io.gatehouse.web.support.Forms;
import io.gatehouse.web.support.NotFoundException;
import io.gatehouse.web.support.Web;
import io.gatehouse.web.throttle.MailRequests;
import io.gatehouse.web.throttle.ThrottledException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
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

    private final SignupRequests requests;
    private final PasswordEncoder passwords;
    private final MailRequests limits;
    private final TransactionTemplate transactions;

    SignupController(SignupRequests requests, PasswordEncoder passwords, MailRequests limits,
                     TransactionTemplate transactions) {
        this.requests = requests;
        this.passwords = passwords;
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
        try {
            limits.admitClient(request); // before any hashing
        } catch (ThrottledException tooMany) {
            return page(role, form, Map.of("form", MailRequests.tooManyFromYourNetwork()), HttpStatus.TOO_MANY_REQUESTS);
        }
        boolean addressAdmitted = limits.admitAddress(MailRequests.Purpose.CONFIRMATION, form.getEmail(), request);
        // Hashed either way, so that the answer takes as long whatever becomes of the request.
        SignupRequest signup = new SignupRequest(UUID.randomUUID(), EmailAddress.normalize(form.getEmail()),
                form.getDisplayName().strip(), form.getOrganization(), role, passwords.encode(form.password()),
                Web.clientAddress(request));
        if (addressAdmitted) {
            transactions.executeWithoutResult(status -> requests.queue(signup));
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

package io.gatehouse.web.signup;

import io.gatehouse.account.RegisterAccount;
import io.gatehouse.account.Role;
import io.gatehouse.command.CommandRefusedException;
import io.gatehouse.web.security.SessionSignIn;
import io.gatehouse.web.support.NotFoundException;
import io.gatehouse.web.support.Web;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;
import java.util.UUID;

/** {@code /signup/sponsor} and {@code /signup/editor}: open a PENDING account and sign its owner in. */
@Controller
class SignupController {

    private static final Logger log = LoggerFactory.getLogger(SignupController.class);

    private final CommandGateway commands;
    private final PasswordEncoder passwords;
    private final SessionSignIn signIn;

    SignupController(CommandGateway commands, PasswordEncoder passwords, SessionSignIn signIn) {
        this.commands = commands;
        this.passwords = passwords;
        this.signIn = signIn;
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
    ModelAndView signUp(@PathVariable String kind, @ModelAttribute SignupForm form,
                        HttpServletRequest request, HttpServletResponse response) {
        Role role = role(kind);
        if (Web.currentAccount().isPresent()) {
            return Web.seeOther("/account/status");
        }
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            return page(role, form, problems, HttpStatus.BAD_REQUEST);
        }
        UUID accountId = UUID.randomUUID();
        try {
            commands.sendAndWait(new RegisterAccount(accountId, form.getEmail(), form.getDisplayName(),
                    form.getOrganization(), role, passwords.encode(form.password()), accountId.toString(),
                    Web.clientAddress(request)));
        } catch (CommandRefusedException refused) {
            String field = refused.getMessage().contains("e-mail") ? "email" : "form";
            return page(role, form, Map.of(field, refused.getMessage()), HttpStatus.BAD_REQUEST);
        }
        log.info("Account {} signed up for {} from {}", accountId, role, Web.clientAddress(request));
        signIn.signIn(accountId, request, response);
        return Web.seeOther("/account/status");
    }

    private static ModelAndView page(Role role, SignupForm form, Map<String, String> problems, HttpStatus status) {
        ModelAndView page = new ModelAndView("signup/form");
        page.setStatus(status);
        page.addObject("form", form);
        page.addObject("errors", problems);
        page.addObject("hasErrors", !problems.isEmpty());
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

package io.gatehouse.web.mfa;

import io.gatehouse.account.EnrolSecondFactor;
import io.gatehouse.command.account.SecondFactorStore;
import io.gatehouse.query.account.AccountView;
import io.gatehouse.web.security.SessionFacts;
import io.gatehouse.web.signin.SignIns;
import io.gatehouse.web.support.CurrentAccount;
import io.gatehouse.web.support.Web;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;

/**
 * {@code /account/mfa}: sets up an authenticator. The new secret waits in the session, encrypted, until a
 * code made from it proves the app has it; then it is stored and ten recovery codes are shown, once.
 */
@Controller
class EnrolmentController {

    private static final String PENDING = "gatehouse.pendingTotpSecret";
    private static final String PENDING_PURPOSE = "totp-pending";

    private final CurrentAccount currentAccount;
    private final SecretBox box;
    private final SecondFactors secondFactors;
    private final SecondFactorStore store;
    private final CommandGateway commands;
    private final SignIns signIns;
    private final Clock clock;

    EnrolmentController(CurrentAccount currentAccount, SecretBox box, SecondFactors secondFactors, SecondFactorStore store,
                        CommandGateway commands, SignIns signIns, Clock clock) {
        this.currentAccount = currentAccount;
        this.box = box;
        this.secondFactors = secondFactors;
        this.store = store;
        this.commands = commands;
        this.signIns = signIns;
        this.clock = clock;
    }

    @GetMapping("/account/mfa")
    ModelAndView show(HttpServletRequest request) {
        AccountView account = currentAccount.get();
        if (account.isSecondFactorEnrolled()) {
            ModelAndView page = new ModelAndView("account/mfa-enrolled");
            page.addObject("codesLeft", secondFactors.recoveryCodesLeft(account.getAccountId()));
            return page;
        }
        return enrolmentPage(account, pendingSecret(account, request.getSession()), new CodeForm(), null, HttpStatus.OK);
    }

    @PostMapping("/account/mfa")
    ModelAndView confirm(@Valid @ModelAttribute("form") CodeForm form, BindingResult errors, HttpServletRequest request,
                         HttpServletResponse response) {
        AccountView account = currentAccount.get();
        if (account.isSecondFactorEnrolled()) {
            return Web.seeOther("/account/mfa");
        }
        HttpSession session = request.getSession();
        byte[] secret = pendingSecret(account, session);
        if (errors.hasErrors()) {
            return enrolmentPage(account, secret, form, errors.getFieldError("code").getDefaultMessage(), HttpStatus.BAD_REQUEST);
        }
        OptionalLong step = Totp.looksLikeCode(form.getCode().strip())
                ? Totp.matchingStep(secret, form.getCode().strip(), clock.instant()) : OptionalLong.empty();
        if (step.isEmpty()) {
            return enrolmentPage(account, secret, new CodeForm(), "That code does not match. Check that the app shows "
                    + "Gatehouse with this key and that your device's clock is right, then type the current code.",
                    HttpStatus.BAD_REQUEST);
        }
        List<String> recoveryCodes = RecoveryCodes.generate();
        commands.sendAndWait(new EnrolSecondFactor(account.getAccountId(),
                box.seal(SecondFactors.TOTP_PURPOSE, account.getAccountId(), secret),
                recoveryCodes.stream().map(RecoveryCodes::hash).toList(), Web.clientAddress(request)));
        store.useTimeStep(account.getAccountId(), step.getAsLong()); // the code that confirmed it is spent
        session.removeAttribute(PENDING);
        signIns.secondFactorPassed(account, request, response);
        ModelAndView page = new ModelAndView("account/mfa-codes");
        page.addObject("codes", recoveryCodes);
        page.addObject("continue", SessionFacts.takeContinue(session).orElse("/account/status"));
        return page;
    }

    /** The secret this enrolment started with, kept encrypted in the session so a reload shows the same QR code. */
    private byte[] pendingSecret(AccountView account, HttpSession session) {
        byte[] sealed = (byte[]) session.getAttribute(PENDING);
        if (sealed != null) {
            return box.open(PENDING_PURPOSE, account.getAccountId(), sealed);
        }
        byte[] secret = Totp.newSecret();
        session.setAttribute(PENDING, box.seal(PENDING_PURPOSE, account.getAccountId(), secret));
        return secret;
    }

    private static ModelAndView enrolmentPage(AccountView account, byte[] secret, CodeForm form, String problem,
                                              HttpStatus status) {
        String key = Totp.base32(secret);
        String label = URLEncoder.encode("Gatehouse:" + account.getEmail(), StandardCharsets.UTF_8).replace("+", "%20");
        String uri = "otpauth://totp/" + label + "?secret=" + key + "&issuer=Gatehouse&algorithm=SHA1&digits=6&period=30";
        ModelAndView page = new ModelAndView("account/mfa");
        page.setStatus(status);
        page.addObject("qr", QrCodes.pngDataUri(uri));
        page.addObject("key", key);
        page.addObject("keyGroups", key.replaceAll("(.{4})(?!$)", "$1 "));
        page.addObject("form", form);
        page.addObject("problem", problem);
        page.addObject("required", account.needsSecondFactor());
        return page;
    }

}

package io.gatehouse.web.mfa;

import io.gatehouse.query.account.AccountView;
import io.gatehouse.signin.SignInFailed;
import io.gatehouse.signin.SignInFailure;
import io.gatehouse.web.security.SessionFacts;
import io.gatehouse.web.signin.Browsers;
import io.gatehouse.web.signin.SignInRecorder;
import io.gatehouse.web.signin.SignIns;
import io.gatehouse.web.support.CurrentAccount;
import io.gatehouse.web.support.Web;
import io.gatehouse.web.throttle.ThrottledException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;


/**
 * {@code /login/mfa}: the code after the password, and again before admin acts once the last code is
 * older than 15 minutes. Afterwards, back to the page the person was on their way to.
 */
@Controller
class SecondStepController {

    private static final Logger log = LoggerFactory.getLogger(SecondStepController.class);
    private static final String WRONG = "That code is not right, or it was used already. Wait for the next one and try again.";

    private final CurrentAccount currentAccount;
    private final SecondFactors secondFactors;
    private final SignIns signIns;
    private final SignInRecorder recorder;

    SecondStepController(CurrentAccount currentAccount, SecondFactors secondFactors, SignIns signIns,
                         SignInRecorder recorder) {
        this.currentAccount = currentAccount;
        this.secondFactors = secondFactors;
        this.signIns = signIns;
        this.recorder = recorder;
    }

    @GetMapping("/login/mfa")
    ModelAndView form(HttpServletRequest request) {
        AccountView account = currentAccount.get();
        if (!account.isSecondFactorEnrolled()) {
            return Web.seeOther(account.needsSecondFactor() ? "/account/mfa" : "/account/status");
        }
        return page(new CodeForm(), request.getSession(), null, HttpStatus.OK);
    }

    @PostMapping("/login/mfa")
    ModelAndView check(@Valid @ModelAttribute("form") CodeForm form, BindingResult errors, HttpServletRequest request,
                       HttpServletResponse response) {
        AccountView account = currentAccount.get();
        if (!account.isSecondFactorEnrolled()) {
            return Web.seeOther(account.needsSecondFactor() ? "/account/mfa" : "/account/status");
        }
        HttpSession session = request.getSession();
        if (errors.hasErrors()) {
            return page(form, session, errors.getFieldError("code").getDefaultMessage(), HttpStatus.BAD_REQUEST);
        }
        boolean accepted;
        try {
            accepted = secondFactors.check(account.getAccountId(), form.getCode(), request);
        } catch (ThrottledException throttled) {
            fail(account, SignInFailure.THROTTLED, request);
            return page(new CodeForm(), session, WRONG, HttpStatus.BAD_REQUEST);
        }
        if (!accepted) {
            fail(account, SignInFailure.WRONG_CODE, request);
            return page(new CodeForm(), session, WRONG, HttpStatus.BAD_REQUEST);
        }
        signIns.secondFactorPassed(account, request, response);
        return Web.seeOther(SessionFacts.takeContinue(session).orElse("/account/status"));
    }

    private void fail(AccountView account, SignInFailure cause, HttpServletRequest request) {
        log.warn("Second-factor code refused for account {} from {}: {}", account.getAccountId(),
                Web.clientAddress(request), cause);
        recorder.record(new SignInFailed(account.getAccountId(), cause, Web.clientAddress(request), Browsers.of(request)));
    }


    private static ModelAndView page(CodeForm form, HttpSession session, String problem, HttpStatus status) {
        ModelAndView page = new ModelAndView("account/login-mfa");
        page.setStatus(status);
        page.addObject("form", form);
        page.addObject("problem", problem);
        page.addObject("stepUp", SessionFacts.secondFactorAt(session).isPresent());
        return page;
    }
}

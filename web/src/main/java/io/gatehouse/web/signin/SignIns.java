package io.gatehouse.web.signin;

import io.gatehouse.query.account.AccountView;
import io.gatehouse.signin.SignedIn;
import io.gatehouse.web.security.SessionFacts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.UUID;

/** What happens once a sign-in is complete, after the password or after the code that follows it. */
@Component
public class SignIns {

    private static final Logger log = LoggerFactory.getLogger(SignIns.class);

    private final SignInRecorder recorder;
    private final DeviceCookies devices;

    private final Clock clock;

    SignIns(SignInRecorder recorder, DeviceCookies devices, Clock clock) {
        this.recorder = recorder;
        this.devices = devices;
        this.clock = clock;
    }

    /**
     * A code was accepted (at the second step, or confirming a new authenticator): the session gains its
     * authority under a new id, and if that was the last step of a sign-in, the sign-in is complete.
     */
    public void secondFactorPassed(AccountView account, HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession();
        boolean completesSignIn = account.needsSecondFactor() && SessionFacts.secondFactorAt(session).isEmpty();
        SessionFacts.secondFactorPassed(session, clock.instant());
        request.changeSessionId();
        if (completesSignIn) {
            completed(account.getAccountId(), true, request, response);
        }
    }

    /** Records {@code SignedIn} (known or new browser; a new one gets its owner a mail) and marks the browser. */
    public void completed(UUID accountId, boolean secondFactor, HttpServletRequest request, HttpServletResponse response) {
        SignInDetails details = SignInDetails.of(request, devices);
        boolean known = details.device().filter(device -> device.isFor(accountId)).isPresent();
        recorder.record(new SignedIn(accountId, known, secondFactor, details.clientAddress(), details.browser()));
        devices.remember(request, response, accountId);
        log.info("Account {} signed in from {} ({} browser{})", accountId, details.clientAddress(),
                known ? "known" : "new", secondFactor ? ", with second factor" : "");
    }
}

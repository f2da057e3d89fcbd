package io.gatehouse.web.signin;

import io.gatehouse.signin.SignedIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** What happens once a sign-in is complete, after the password or after the code that follows it. */
@Component
public class SignIns {

    private static final Logger log = LoggerFactory.getLogger(SignIns.class);

    private final SignInRecorder recorder;
    private final DeviceCookies devices;

    SignIns(SignInRecorder recorder, DeviceCookies devices) {
        this.recorder = recorder;
        this.devices = devices;
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

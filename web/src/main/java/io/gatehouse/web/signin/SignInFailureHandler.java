package io.gatehouse.web.signin;

import io.gatehouse.signin.SignInFailed;
import io.gatehouse.signin.SignInFailure;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import java.io.IOException;
import java.util.UUID;

/**
 * Records why a sign-in failed (never what was typed) and sends the person back to the form, which says
 * the same thing whatever the cause.
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(SignInFailureHandler.class);

    private final String failureUrl;
    private final SignInRecorder recorder;
    private final DeviceCookies devices;

    SignInFailureHandler(String failureUrl, SignInRecorder recorder, DeviceCookies devices) {
        this.failureUrl = failureUrl;
        this.recorder = recorder;
        this.devices = devices;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        SignInDetails details = SignInDetails.of(request, devices);
        SignInFailure cause = SignInFailure.WRONG_PASSWORD;
        UUID accountId = null;
        if (exception instanceof SignInRefused refused) {
            cause = refused.failure();
            accountId = refused.accountId();
        } else {
            log.warn("Sign-in failed for a reason of its own: {}", exception.getClass().getSimpleName());
        }
        log.warn("Sign-in refused for {} from {}: {}", accountId == null ? "an unknown address" : "account " + accountId,
                details.clientAddress(), cause);
        recorder.failed(new SignInFailed(accountId, cause, details.clientAddress(), details.browser()),
                details.clientGroup());
        response.sendRedirect(failureUrl);
    }
}

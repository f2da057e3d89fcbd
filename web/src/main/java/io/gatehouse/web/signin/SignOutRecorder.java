package io.gatehouse.web.signin;

import io.gatehouse.signin.SignedOut;
import io.gatehouse.web.security.AccountPrincipal;
import io.gatehouse.web.support.Web;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/** Records {@code SignedOut} when a person signs out, before their session is gone. */
@Component
public class SignOutRecorder implements LogoutHandler {

    private final SignInRecorder recorder;

    SignOutRecorder(SignInRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            recorder.record(new SignedOut(principal.accountId(), Web.clientAddress(request), Browsers.of(request)));
        }
    }
}

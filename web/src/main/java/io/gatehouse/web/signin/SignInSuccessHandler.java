package io.gatehouse.web.signin;

import io.gatehouse.command.account.CredentialStore;
import io.gatehouse.query.account.AccountDirectory;
import io.gatehouse.query.account.AccountView;
import io.gatehouse.web.security.AccountPrincipal;
import io.gatehouse.web.security.LocalPath;
import io.gatehouse.web.security.SessionFacts;
import io.gatehouse.web.security.SignInGate;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

import java.io.IOException;

/**
 * After a password was accepted: notes the session's facts, then goes on to the next step (a new password,
 * a code) or, when there is none, records the sign-in and returns to the page asked for. Redirects are
 * paths, never built from the request's Host header.
 */
class SignInSuccessHandler implements AuthenticationSuccessHandler {

    private final String defaultTarget;
    private final AccountDirectory directory;
    private final CredentialStore credentials;
    private final SignIns signIns;
    private final RequestCache requests = new HttpSessionRequestCache();

    SignInSuccessHandler(String defaultTarget, AccountDirectory directory, CredentialStore credentials, SignIns signIns) {
        this.defaultTarget = defaultTarget;
        this.directory = directory;
        this.credentials = credentials;
        this.signIns = signIns;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        AccountPrincipal principal = (AccountPrincipal) authentication.getPrincipal();
        SignInDetails details = (SignInDetails) authentication.getDetails();
        AccountView account = directory.findAccount(principal.accountId())
                .orElseThrow(() -> new IllegalStateException("Account " + principal.accountId() + " vanished"));
        HttpSession session = request.getSession();
        SessionFacts.passwordAccepted(session, details.clientAddress(), details.browser(),
                credentials.find(account.getAccountId()).map(CredentialStore.Credential::mustChange).orElse(false));
        String target = savedTarget(request, response);
        if (!account.needsSecondFactor()) {
            signIns.completed(account.getAccountId(), false, request, response);
        }
        SignInGate gate = SignInGate.of(account, session);
        if (gate == SignInGate.NONE) {
            response.sendRedirect(target);
        } else {
            SessionFacts.continueTo(session, target);
            response.sendRedirect(gate.page());
        }
    }

    /** The page asked for before signing in, as a path on this site; else the area's own start page. */
    private String savedTarget(HttpServletRequest request, HttpServletResponse response) {
        SavedRequest saved = requests.getRequest(request, response);
        if (saved == null) {
            return defaultTarget;
        }
        requests.removeRequest(request, response);
        return LocalPath.ofOwn(saved.getRedirectUrl())
                .map(target -> target.replaceAll("[?&]continue$", ""))
                .orElse(defaultTarget);
    }
}

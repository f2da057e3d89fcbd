package io.gatehouse.web.security;

import io.gatehouse.query.account.AccountDirectory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** Signs a person in without a password form: right after they signed up with that password. */
@Component
public class SessionSignIn {

    private final AccountDirectory directory;
    private final SecurityContextRepository contexts;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    SessionSignIn(AccountDirectory directory, SecurityContextRepository contexts) {
        this.directory = directory;
        this.contexts = contexts;
    }

    public void signIn(UUID accountId, HttpServletRequest request, HttpServletResponse response) {
        var account = directory.findAccount(accountId)
                .orElseThrow(() -> new IllegalStateException("Account " + accountId + " was just registered but is not in the directory"));
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation: a session id seen before sign-in is not the one after
        }
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(AccountAuthorities.authenticationFor(account));
        holder.setContext(context);
        contexts.saveContext(context, request, response);
        // As form login does: a CSRF token seen before sign-in is not valid after it.
        new HttpSessionCsrfTokenRepository().saveToken(null, request, response);
    }
}

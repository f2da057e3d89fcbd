package io.gatehouse.web.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * One log line per sign-in attempt, so a burst of failures against one address, or from one client,
 * can be seen at 3 a.m. The password is never logged; the page shows one generic message whatever failed.
 */
@Component
class SignInLog {

    private static final Logger log = LoggerFactory.getLogger(SignInLog.class);

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            log.info("Sign-in succeeded for account {} ({}) from {}", principal.accountId(), principal.status(),
                    client(event.getAuthentication().getDetails()));
        }
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        log.warn("Sign-in failed for \"{}\" from {}: {}", event.getAuthentication().getName(),
                client(event.getAuthentication().getDetails()), event.getException().getClass().getSimpleName());
    }

    private static String client(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "unknown";
    }
}

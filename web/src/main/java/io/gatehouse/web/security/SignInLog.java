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
    private static final java.util.regex.Pattern LOOKS_LIKE_EMAIL =
            java.util.regex.Pattern.compile("^[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9.-]{1,190}\\.[A-Za-z]{2,24}$");

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            log.info("Sign-in succeeded for account {} ({}) from {}", principal.accountId(), principal.status(),
                    client(event.getAuthentication().getDetails()));
        }
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        log.warn("Sign-in failed for {} from {}: {}", safeName(event.getAuthentication().getName()),
                client(event.getAuthentication().getDetails()), event.getException().getClass().getSimpleName());
    }

    /**
     * What was typed as the e-mail, only if it looks like one: people type passwords into the wrong box,
     * and line breaks would forge log lines. Anything else is logged as a short hash, enough to see repeats.
     */
    static String safeName(String typed) {
        if (typed != null && LOOKS_LIKE_EMAIL.matcher(typed.strip()).matches()) {
            return "\"" + typed.strip().toLowerCase(java.util.Locale.ROOT) + "\"";
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(typed).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "a non-e-mail name (sha256 " + java.util.HexFormat.of().formatHex(digest, 0, 4) + ")";
        } catch (java.security.NoSuchAlgorithmException impossible) {
            return "a non-e-mail name";
        }
    }

    private static String client(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "unknown";
    }
}

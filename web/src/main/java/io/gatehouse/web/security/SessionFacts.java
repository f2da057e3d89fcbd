package io.gatehouse.web.security;

import jakarta.servlet.http.HttpSession;
import org.springframework.session.Session;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * What a session knows about how it was signed in to, kept as plain session attributes (so every version
 * of the app can read them): a handle to name it by on the sessions page, where and in which browser it
 * started, when its second factor was last checked, and whether its password must be replaced first.
 */
public final class SessionFacts {

    private static final String HANDLE = "gatehouse.handle";
    private static final String CLIENT = "gatehouse.client";
    private static final String BROWSER = "gatehouse.browser";
    private static final String SECOND_FACTOR_AT = "gatehouse.secondFactorAt";
    private static final String MUST_CHANGE_PASSWORD = "gatehouse.mustChangePassword";
    private static final String CONTINUE = "gatehouse.continue";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SessionFacts() {
    }

    /** A password was just accepted in this session. */
    public static void passwordAccepted(HttpSession session, String client, String browser, boolean mustChangePassword) {
        byte[] handle = new byte[12];
        RANDOM.nextBytes(handle);
        session.setAttribute(HANDLE, Base64.getUrlEncoder().withoutPadding().encodeToString(handle));
        session.setAttribute(CLIENT, client);
        session.setAttribute(BROWSER, browser);
        session.removeAttribute(SECOND_FACTOR_AT);
        if (mustChangePassword) {
            session.setAttribute(MUST_CHANGE_PASSWORD, Boolean.TRUE);
        } else {
            session.removeAttribute(MUST_CHANGE_PASSWORD);
        }
    }

    public static void secondFactorPassed(HttpSession session, Instant at) {
        session.setAttribute(SECOND_FACTOR_AT, at.toEpochMilli());
    }

    public static Optional<Instant> secondFactorAt(HttpSession session) {
        return session == null ? Optional.empty()
                : Optional.ofNullable((Long) session.getAttribute(SECOND_FACTOR_AT)).map(Instant::ofEpochMilli);
    }

    public static boolean mustChangePassword(HttpSession session) {
        return session != null && Boolean.TRUE.equals(session.getAttribute(MUST_CHANGE_PASSWORD));
    }

    public static void passwordChanged(HttpSession session) {
        session.removeAttribute(MUST_CHANGE_PASSWORD);
    }

    /** Where to go once the step in the way (a code, a new password) is done: a path on this site. */
    public static void continueTo(HttpSession session, String path) {
        LocalPath.checked(path).ifPresent(local -> session.setAttribute(CONTINUE, local));
    }

    public static Optional<String> takeContinue(HttpSession session) {
        Optional<String> path = Optional.ofNullable((String) session.getAttribute(CONTINUE));
        session.removeAttribute(CONTINUE);
        return path;
    }

    public static String handle(HttpSession session) {
        return session == null ? null : (String) session.getAttribute(HANDLE);
    }

    public static String handle(Session session) {
        return session.getAttribute(HANDLE);
    }

    public static String client(Session session) {
        return session.getAttribute(CLIENT);
    }

    public static String client(HttpSession session) {
        return session == null ? null : (String) session.getAttribute(CLIENT);
    }

    public static String browser(Session session) {
        return session.getAttribute(BROWSER);
    }

    public static String browser(HttpSession session) {
        return session == null ? null : (String) session.getAttribute(BROWSER);
    }
}

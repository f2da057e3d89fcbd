package io.gatehouse.web.signin;

import io.gatehouse.web.keys.SecretKeys;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

import java.io.Serial;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * A browser in which an account's owner signed in successfully gets a cookie naming that account and the
 * browser, signed with the app's key (OWASP "device cookies"). Sign-in attempts from it draw on an allowance
 * of their own, so a stranger guessing at the account cannot lock its owner out.
 */
@Component
public class DeviceCookies {

    static final String NAME = "GATEHOUSE_DEVICE";
    private static final Duration LIFETIME = Duration.ofDays(365);

    private final SecretKeys keys;

    DeviceCookies(SecretKeys keys) {
        this.keys = keys;
    }

    /** The browser this request came from, if it carries a device cookie that is genuine. */
    public Optional<KnownBrowser> read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName())) {
                return verify(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    /** Marks this browser as one where {@code accountId}'s owner signed in, keeping its id if it had one. */
    public void remember(HttpServletRequest request, HttpServletResponse response, UUID accountId) {
        UUID deviceId = read(request).map(KnownBrowser::deviceId).orElseGet(UUID::randomUUID);
        String payload = accountId + ":" + deviceId;
        String value = encode(payload.getBytes(StandardCharsets.UTF_8)) + "." + encode(sign(payload));
        response.addHeader("Set-Cookie", ResponseCookie.from(NAME, value).path("/").httpOnly(true).sameSite("Strict")
                .secure(request.isSecure()).maxAge(LIFETIME).build().toString());
    }

    private Optional<KnownBrowser> verify(String value) {
        try {
            int dot = value.indexOf('.');
            if (dot < 0) {
                return Optional.empty();
            }
            String payload = new String(Base64.getUrlDecoder().decode(value.substring(0, dot)), StandardCharsets.UTF_8);
            keys.cookies().verifyMac(Base64.getUrlDecoder().decode(value.substring(dot + 1)),
                    payload.getBytes(StandardCharsets.UTF_8));
            String[] parts = payload.split(":");
            return Optional.of(new KnownBrowser(UUID.fromString(parts[0]), UUID.fromString(parts[1])));
        } catch (GeneralSecurityException | IllegalArgumentException | ArrayIndexOutOfBoundsException forged) {
            return Optional.empty();
        }
    }

    private byte[] sign(String payload) {
        try {
            return keys.cookies().computeMac(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign a device cookie", e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A browser where the owner of {@code accountId} signed in before. Kept with the sign-in's details in the session. */
    public record KnownBrowser(UUID accountId, UUID deviceId) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        public boolean isFor(UUID account) {
            return accountId.equals(account);
        }
    }
}

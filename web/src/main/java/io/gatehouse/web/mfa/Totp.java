package io.gatehouse.web.mfa;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;

import javax.crypto.spec.SecretKeySpec;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * RFC 6238 codes, as authenticator apps make them. Finds the 30-second step a code belongs to, within one
 * step of the server's clock either way; whether that step was used already is the caller's to check.
 */
final class Totp {

    static final Duration STEP = Duration.ofSeconds(30);
    private static final int DIGITS = 6;
    private static final int DRIFT = 1;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final TimeBasedOneTimePasswordGenerator GENERATOR =
            new TimeBasedOneTimePasswordGenerator(STEP, DIGITS, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);

    private Totp() {
    }

    /** 160 random bits, the length RFC 4226 recommends. */
    static byte[] newSecret() {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return secret;
    }

    /** The key as people type it into an app: base32, no padding. */
    static String base32(byte[] secret) {
        return new Base32().encodeToString(secret).replace("=", "");
    }

    static boolean looksLikeCode(String typed) {
        return typed.matches("\\d{" + DIGITS + "}");
    }

    /** The step whose code {@code code} is, if it is one of the steps around {@code now}. */
    static OptionalLong matchingStep(byte[] secret, String code, Instant now) {
        long current = Math.floorDiv(now.getEpochSecond(), STEP.toSeconds());
        for (long step = current - DRIFT; step <= current + DRIFT; step++) {
            if (MessageDigest.isEqual(code(secret, step).getBytes(), code.getBytes())) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    static String code(byte[] secret, long step) {
        try {
            return GENERATOR.generateOneTimePasswordString(new SecretKeySpec(secret, "HmacSHA1"),
                    Instant.ofEpochSecond(step * STEP.toSeconds()), Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("A TOTP secret is always a valid HMAC key", e);
        }
    }
}

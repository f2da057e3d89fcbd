package io.gatehouse.command.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Makes the secrets that go into links and recovery codes, and the hashes under which they are kept.
 * A token carries 256 random bits, so a plain SHA-256 is enough to keep it: nobody can guess back from it.
 */
public final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    /** A new token for a link: 43 URL-safe characters. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether what came in a link could be one of our tokens at all (and is worth a look-up). */
    public static boolean plausible(String token) {
        return token != null && !token.isBlank() && token.length() <= 100;
    }

    /** SHA-256, as hex: how tokens, recovery codes and other secrets are kept and looked up. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java has SHA-256", impossible);
        }
    }
}

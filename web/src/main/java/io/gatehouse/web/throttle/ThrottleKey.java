package io.gatehouse.web.throttle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One bucket: an allowance for one subject (an e-mail address, a client, a browser). The subject is
 * stored hashed: whatever was typed (a NUL, a password in the wrong box) never reaches the table as text.
 */
public record ThrottleKey(Allowance allowance, String subject) {

    String id() {
        return allowance.name() + ":" + sha256(String.valueOf(subject));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java has SHA-256", impossible);
        }
    }

    @Override
    public String toString() {
        return allowance.name() + " bucket";
    }
}

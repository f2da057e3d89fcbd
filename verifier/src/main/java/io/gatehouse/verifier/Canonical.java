package io.gatehouse.verifier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * An unambiguous byte encoding fed straight into SHA-256: every value is typed and length-prefixed, and null
 * differs from empty, so no two different sequences of values share an encoding (a column's end cannot be
 * shifted into the next one).
 */
final class Canonical {

    private final MessageDigest digest;
    private final byte[] eight = new byte[8];

    Canonical(String domain) {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
        text(domain);
    }

    Canonical number(long value) {
        digest.update((byte) 'n');
        longBytes(value);
        return this;
    }

    Canonical text(String value) {
        return bytes(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    Canonical bytes(byte[] value) {
        if (value == null) {
            digest.update((byte) 0);
            return this;
        }
        digest.update((byte) 'b');
        longBytes(value.length);
        digest.update(value);
        return this;
    }

    byte[] sha256() {
        return digest.digest();
    }

    private void longBytes(long value) {
        for (int i = 7; i >= 0; i--) {
            eight[i] = (byte) value;
            value >>>= 8;
        }
        digest.update(eight);
    }
}

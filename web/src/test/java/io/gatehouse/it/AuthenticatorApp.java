package io.gatehouse.it;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A person's authenticator app, for one Gatehouse database: it keeps the keys shown at enrolment and
 * makes RFC 6238 codes from them, independently of the app's own code. A code works once, so before
 * making a second code for the same key in the same 30-second step, it moves {@link TestClock} on.
 */
public final class AuthenticatorApp {

    private static final long STEP_SECONDS = 30;

    private final Map<String, byte[]> keys = new ConcurrentHashMap<>();
    private final Map<String, Long> lastStep = new ConcurrentHashMap<>();
    private final Map<String, List<String>> recoveryCodes = new ConcurrentHashMap<>();

    public void enrol(String email, String base32Key) {
        keys.put(email.toLowerCase(), decodeBase32(base32Key));
        lastStep.remove(email.toLowerCase());
    }

    public boolean knows(String email) {
        return keys.containsKey(email.toLowerCase());
    }

    public void keepRecoveryCodes(String email, List<String> codes) {
        recoveryCodes.put(email.toLowerCase(), List.copyOf(codes));
    }

    public List<String> recoveryCodes(String email) {
        return recoveryCodes.getOrDefault(email.toLowerCase(), List.of());
    }

    /** A code that has not been used yet: from a later step than any code given out before. */
    public synchronized String freshCode(String email) {
        String key = email.toLowerCase();
        long step = currentStep();
        Long last = lastStep.get(key);
        if (last != null && step <= last) {
            TestClock.INSTANCE.advance(Duration.ofSeconds((last + 1 - step) * STEP_SECONDS));
            step = currentStep();
        }
        lastStep.put(key, step);
        return code(keys.get(key), step);
    }

    /** The code of the current step, whether or not it was used. */
    public String currentCode(String email) {
        return code(keys.get(email.toLowerCase()), currentStep());
    }

    public static String code(byte[] key, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0xf;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long currentStep() {
        return Math.floorDiv(TestClock.INSTANCE.instant().getEpochSecond(), STEP_SECONDS);
    }

    /**
     * The {@code n}th (from 0) six-digit code that is not the key's code for any step the server could
     * accept now (the step before, this one, the next two): sure to be refused as wrong.
     */
    public static String wrongCode(byte[] key, int n) {
        long step = currentStep();
        List<String> near = List.of(code(key, step - 1), code(key, step), code(key, step + 1), code(key, step + 2));
        int found = -1;
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", 111_111 + candidate);
            if (!near.contains(code) && ++found == n) {
                return code;
            }
        }
    }

    public byte[] key(String email) {
        return keys.get(email.toLowerCase());
    }

    /** RFC 4648 base32, as authenticator apps read it. */
    static byte[] decodeBase32(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        String clean = text.replace(" ", "").replace("=", "").toUpperCase();
        ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char c : clean.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return out.array();
    }
}

package io.gatehouse.web.apitoken;

import io.gatehouse.command.account.Tokens;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A personal API token as people see it once: {@code gh_<prefix>_<secret>}. The prefix (12 characters,
 * public, unique) finds the stored row; only the SHA-256 of the whole token is kept, so the table alone
 * opens nothing. 256 random bits make the hash safe without salt or stretching ({@link Tokens}).
 */
public record ApiTokenSecret(String publicPrefix, String token) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyz23456789";
    private static final Pattern SHAPE = Pattern.compile("gh_([a-z2-9]{8})_([A-Za-z0-9_-]{43})");

    /** A new token, never seen before. */
    public static ApiTokenSecret mint() {
        StringBuilder id = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        String prefix = "gh_" + id;
        return new ApiTokenSecret(prefix, prefix + "_" + Tokens.newToken());
    }

    /** What a client sent, if it has the shape of one of our tokens; junk is never looked up. */
    public static Optional<ApiTokenSecret> parse(String presented) {
        if (presented == null || presented.length() > 100) {
            return Optional.empty();
        }
        var match = SHAPE.matcher(presented);
        return match.matches() ? Optional.of(new ApiTokenSecret("gh_" + match.group(1), presented)) : Optional.empty();
    }

    public String hash() {
        return Tokens.hash(token);
    }

    /** Whether this token is the one whose hash is stored; compared in constant time. */
    public boolean matches(String storedHash) {
        return MessageDigest.isEqual(hash().getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return publicPrefix + "_…";
    }
}

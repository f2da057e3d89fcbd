package io.gatehouse.web.record;

import com.google.crypto.tink.subtle.Ed25519Sign;
import io.gatehouse.verifier.Ed25519;
import io.gatehouse.web.config.GatehouseProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The record's Ed25519 key: configured, or kept as a file beside the app's other keys (never in the database,
 * so someone who can rewrite the database cannot sign a new checkpoint).
 */
@Component
public class SigningKey {

    private static final Logger log = LoggerFactory.getLogger(SigningKey.class);
    static final String FILE = "record-signing-ed25519.key";

    private final byte[] seed;
    private final Ed25519 publicKey;
    private final List<Ed25519> trusted = new ArrayList<>();

    SigningKey(RecordSettings settings, GatehouseProperties properties,
               @Value("${gatehouse.keys.dir:#{null}}") Path keysDir) throws IOException, GeneralSecurityException {
        Path dir = (keysDir != null ? keysDir : properties.dataDir().resolve("keys")).toAbsolutePath();
        this.seed = settings.signingKey() != null && !settings.signingKey().isBlank()
                ? decode(settings.signingKey(), "gatehouse.record.signing-key")
                : load(dir.resolve(FILE));
        this.publicKey = Ed25519.ofRaw(Ed25519Sign.KeyPair.newKeyPairFromSeed(seed).getPublicKey());
        trusted.add(publicKey);
        for (String previous : settings.previousPublicKeys()) {
            trusted.add(Ed25519.parse(previous));
        }
    }

    public Ed25519 publicKey() {
        return publicKey;
    }

    /** The current key and the earlier ones the operator still vouches for. */
    public List<Ed25519> trusted() {
        return List.copyOf(trusted);
    }

    public byte[] sign(byte[] message) {
        return Ed25519.sign(seed, message);
    }

    private static byte[] decode(String base64, String where) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + " is not base64");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(where + " must be the 32-byte Ed25519 seed in base64, not " + bytes.length + " bytes");
        }
        return bytes;
    }

    private static byte[] load(Path file) throws IOException {
        if (!Files.exists(file)) {
            create(file);
        }
        return decode(Files.readString(file), file.toString());
    }

    /** Written aside, then moved into place without replacing: two instances starting at once agree on one key. */
    private static void create(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        Path partial = file.resolveSibling(file.getFileName() + "." + UUID.randomUUID() + ".part");
        Files.writeString(partial, Base64.getEncoder().encodeToString(seed) + "\n");
        try {
            Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // the directory's own permissions have to do
        }
        try {
            Files.move(partial, file);
            log.warn("Created the record's signing key in {}: back it up; without it no new checkpoint can be signed"
                    + " with the key auditors know", file);
        } catch (FileAlreadyExistsException another) {
            Files.deleteIfExists(partial);
        }
    }
}

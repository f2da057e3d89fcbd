package io.gatehouse.web.keys;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Mac;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.mac.MacConfig;
import com.google.crypto.tink.mac.PredefinedMacParameters;
import io.gatehouse.web.config.GatehouseProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.UUID;

/** Loads (or, on first start, makes) the keysets; see the package documentation. */
@Component
public class SecretKeys {

    private static final Logger log = LoggerFactory.getLogger(SecretKeys.class);

    private final Aead aead;
    private final Mac mac;
    private final Mac addresses;

    SecretKeys(KeySettings settings, GatehouseProperties properties) throws GeneralSecurityException, IOException {
        AeadConfig.register();
        MacConfig.register();
        Path dir = (settings.dir() != null ? settings.dir() : properties.dataDir().resolve("keys")).toAbsolutePath();
        this.aead = load(dir.resolve("secrets-aead.json"), PredefinedAeadParameters.AES256_GCM)
                .getPrimitive(RegistryConfiguration.get(), Aead.class);
        this.mac = load(dir.resolve("cookies-mac.json"), PredefinedMacParameters.HMAC_SHA256_256BITTAG)
                .getPrimitive(RegistryConfiguration.get(), Mac.class);
        this.addresses = load(dir.resolve("addresses-mac.json"), PredefinedMacParameters.HMAC_SHA256_256BITTAG)
                .getPrimitive(RegistryConfiguration.get(), Mac.class);
    }

    /** AES-256-GCM, for secrets kept at rest; callers bind each ciphertext to its owner as associated data. */
    public Aead secrets() {
        return aead;
    }

    /** HMAC-SHA256, for values the browser keeps and hands back. */
    public Mac cookies() {
        return mac;
    }

    /** HMAC-SHA256, for e-mail addresses the write side keeps only as fingerprints. */
    public Mac addresses() {
        return addresses;
    }

    private static KeysetHandle load(Path file, Parameters parameters) throws GeneralSecurityException, IOException {
        if (!Files.exists(file)) {
            create(file, parameters);
        }
        return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get());
    }

    /** Written aside, then moved into place without replacing: two instances starting at once agree on one key. */
    private static void create(Path file, Parameters parameters) throws GeneralSecurityException, IOException {
        Files.createDirectories(file.getParent());
        String keyset = TinkJsonProtoKeysetFormat.serializeKeyset(KeysetHandle.generateNew(parameters),
                InsecureSecretKeyAccess.get());
        Path partial = file.resolveSibling(file.getFileName() + "." + UUID.randomUUID() + ".part");
        Files.writeString(partial, keyset);
        try {
            Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // the directory's own permissions have to do
        }
        try {
            Files.move(partial, file);
            log.warn("Created a new key in {}: back it up, and give every instance of the app the same file", file);
        } catch (FileAlreadyExistsException another) {
            Files.deleteIfExists(partial);
        }
    }
}

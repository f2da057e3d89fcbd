package io.gatehouse.web.personal;

import io.gatehouse.command.account.AddressFingerprints;
import io.gatehouse.web.keys.SecretKeys;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/** HMAC-SHA256 under a key kept in the keys directory, never in the database. */
@Component
class AddressFingerprinter implements AddressFingerprints {

    private final SecretKeys keys;

    AddressFingerprinter(SecretKeys keys) {
        this.keys = keys;
    }

    @Override
    public String of(String value) {
        try {
            return HexFormat.of().formatHex(keys.addresses().computeMac(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot fingerprint an address", e);
        }
    }
}

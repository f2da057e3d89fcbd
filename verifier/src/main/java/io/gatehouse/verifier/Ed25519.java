package io.gatehouse.verifier;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Ed25519 with the JDK's own provider. A public key travels as base64 of its X.509 (SubjectPublicKeyInfo)
 * encoding, what {@code openssl pkey -pubin} reads between PEM lines; the raw 32 bytes are accepted too.
 */
public final class Ed25519 {

    private static final byte[] SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private final byte[] raw;

    private Ed25519(byte[] raw) {
        this.raw = raw;
    }

    public static Ed25519 ofRaw(byte[] raw) {
        if (raw.length != 32) {
            throw new IllegalArgumentException("an Ed25519 public key has 32 bytes, not " + raw.length);
        }
        return new Ed25519(raw.clone());
    }

    /** Base64 of the X.509 encoding or of the raw 32 bytes; PEM armour and white space are ignored. */
    public static Ed25519 parse(String text) {
        String body = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("the public key is not base64");
        }
        if (bytes.length == SPKI_PREFIX.length + 32
                && Arrays.equals(Arrays.copyOf(bytes, SPKI_PREFIX.length), SPKI_PREFIX)) {
            return ofRaw(Arrays.copyOfRange(bytes, SPKI_PREFIX.length, bytes.length));
        }
        return ofRaw(bytes);
    }

    public byte[] spki() {
        byte[] out = Arrays.copyOf(SPKI_PREFIX, SPKI_PREFIX.length + 32);
        System.arraycopy(raw, 0, out, SPKI_PREFIX.length, 32);
        return out;
    }

    public String spkiBase64() {
        return Base64.getEncoder().encodeToString(spki());
    }

    /** Short enough to read out over the phone: the first 8 bytes of SHA-256 of the raw key, in hex. */
    public String fingerprint() {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(raw);
            String hex = HexFormat.of().formatHex(sha, 0, 8);
            return hex.substring(0, 4) + "-" + hex.substring(4, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    public boolean verifies(byte[] message, byte[] signature) {
        if (signature == null) {
            return false;
        }
        try {
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki()));
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException invalid) {
            return false;
        }
    }

    /** Signs with the private key given as its 32-byte seed (RFC 8032's secret key). */
    public static byte[] sign(byte[] seed, byte[] message) {
        try {
            var key = KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed));
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key);
            signer.update(message);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot sign with Ed25519", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Ed25519 key && Arrays.equals(raw, key.raw);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(raw);
    }
}

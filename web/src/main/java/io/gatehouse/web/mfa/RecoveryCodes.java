package io.gatehouse.web.mfa;

import io.gatehouse.command.account.Tokens;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Ten one-time codes for when the authenticator is lost: 12 characters (60 random bits) from an alphabet
 * without look-alikes, written in groups of four. Kept only as hashes; typed with or without the dashes.
 */
final class RecoveryCodes {

    static final int COUNT = 10;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    static List<String> generate() {
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder(14);
            for (int c = 0; c < 12; c++) {
                if (c > 0 && c % 4 == 0) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    static boolean looksLikeCode(String typed) {
        return normalize(typed).matches("[" + ALPHABET + "]{12}");
    }

    static String hash(String typed) {
        return Tokens.hash(normalize(typed));
    }

    private static String normalize(String typed) {
        return typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }
}

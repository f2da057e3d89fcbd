package io.gatehouse.command.account;

import io.gatehouse.account.EmailAddress;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.Configuration;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be before it is hashed: 12 to 128 characters, not the e-mail address, and not
 * easy to guess. Guessability is nbvcxz's estimate (its dictionaries of common passwords, words, names,
 * keyboard patterns, dates), with the person's own address and name added as words to avoid.
 * Checked on the clear text, which never leaves the request that carried it.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** The problem with this password, in words for the person choosing it, or empty when it is acceptable. */
    public static Optional<String> problem(String password, String email, String displayName) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Choose a password.");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters.");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        String normalizedEmail = EmailAddress.normalize(email);
        if (normalizedEmail != null && normalizedEmail.equals(EmailAddress.normalize(password))) {
            return Optional.of("Your password cannot be your e-mail address.");
        }
        return guessability(password, personalWords(normalizedEmail, displayName));
    }

    /** Loads the dictionaries (about half a second, once) before the first person has to wait for it. */
    public static void warmUp() {
        Dictionaries.DEFAULT.size();
    }

    private static Optional<String> guessability(String password, Set<String> personalWords) {
        List<Dictionary> dictionaries = new ArrayList<>(Dictionaries.DEFAULT);
        if (!personalWords.isEmpty()) {
            dictionaries.add(new DictionaryBuilder().setDictionaryName("personal").setExclusion(true)
                    .addWords(personalWords, 0).createDictionary());
        }
        Configuration configuration = new ConfigurationBuilder().setDictionaries(dictionaries)
                .setLocale(Locale.ENGLISH).setMaxLength(MAX_LENGTH).createConfiguration();
        Result result = new Nbvcxz(configuration).estimate(password);
        if (result.isMinimumEntropyMet()) {
            return Optional.empty();
        }
        return Optional.of("This password is too easy to guess: " + why(result));
    }

    private static String why(Result result) {
        // The only exclusion dictionary is the person's own words; nbvcxz calls a match in it "not allowed".
        String warningKey = result.getFeedback().getWarningKey();
        if (warningKey != null && warningKey.endsWith("notAllowed")) {
            return "it is built from your name or e-mail address. Choose words that have nothing to do with you.";
        }
        String warning = result.getFeedback().getWarning();
        String reason = warning == null ? "it follows a pattern that guessing programs try early." : lowerFirst(warning);
        return reason + " A few unrelated, uncommon words, or more characters, make it strong.";
    }

    /** The parts of a person's address and name that guessers would try first. */
    private static Set<String> personalWords(String email, String displayName) {
        Set<String> words = new LinkedHashSet<>();
        if (email != null && !email.isBlank()) {
            words.add(email);
            for (String part : email.split("[@._+-]")) {
                addWord(words, part);
            }
        }
        if (displayName != null) {
            for (String part : displayName.toLowerCase(Locale.ROOT).split("[\\s\\p{Punct}]+")) {
                addWord(words, part);
            }
        }
        return words;
    }

    private static void addWord(Set<String> words, String word) {
        if (word.length() >= 3) {
            words.add(word.toLowerCase(Locale.ROOT));
        }
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** nbvcxz's own dictionaries, read once: they are immutable and shared by every estimate. */
    private static final class Dictionaries {
        static final List<Dictionary> DEFAULT = List.copyOf(ConfigurationBuilder.getDefaultDictionaries());
    }
}

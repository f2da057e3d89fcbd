package io.gatehouse.command.account;

import com.ibm.icu.text.SpoofChecker;
import io.gatehouse.account.EmailAddress;

/**
 * Unicode's confusable "skeleton" of an address (UTS #39, through ICU): two addresses with one
 * skeleton look alike on screen. Only a look-alike that mixes scripts is refused; "rn" against "m"
 * within one script is left to people's eyes.
 */
public final class LookAlikes {

    private static final SpoofChecker CHECKER = new SpoofChecker.Builder().build();

    private LookAlikes() {
    }

    public static String skeleton(String email) {
        return CHECKER.getSkeleton(email);
    }

    /** Whether {@code candidate} is a different address that passes for the stored address {@code existing}. */
    static boolean passesFor(EmailAddress candidate, String existing) {
        AddressFingerprints unkeyed = value -> value;
        return HeldAddress.of(candidate.value(), unkeyed).passesFor(HeldAddress.of(existing, unkeyed));
    }
}

package io.gatehouse.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How addresses are folded before they are compared, and which ones are refused. */
class EmailAddressTest {

    private static final String INVALID = "Enter a valid e-mail address, such as name@example.org.";
    private static final String HIDDEN =
            "The address contains invisible or direction-changing characters; type it again by hand.";

    @Test
    void parseWhenFullWidthLettersThenFoldedToAscii() {
        assertThat(EmailAddress.parse("ＡＤＡ@example.org")).contains(new EmailAddress("ada@example.org"));
    }

    @Test
    void parseWhenMixedCaseThenLowerCased() {
        assertThat(EmailAddress.parse("Ada.Lovelace@Example.ORG")).map(EmailAddress::value)
                .contains("ada.lovelace@example.org");
    }

    /** Pasted addresses bring no-break spaces and byte-order marks along; they are not part of the address. */
    @ParameterizedTest
    @ValueSource(strings = {"\u00A0ada@example.org\u00A0", "\uFEFFada@example.org", "ada@example.org\uFEFF",
            "\u202F\tada@example.org \u3000", "\u2003ada@example.org\n"})
    void parseWhenSurroundedByInvisibleSpaceThenTrimmed(String typed) {
        assertThat(EmailAddress.parse(typed)).map(EmailAddress::value).contains("ada@example.org");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ad\u200Ba@example.org", "\u200Bada@example.org", "ada@exa\u200Bmple.org"})
    void parseWhenZeroWidthSpaceThenRefused(String typed) {
        assertThat(EmailAddress.parse(typed)).isEmpty();
        assertThat(EmailAddress.problem(typed)).contains(HIDDEN);
    }

    /** "ada@example.org" followed by RLO and "gro.live" displays as an address that ends in ".org". */
    @Test
    void parseWhenRightToLeftOverrideThenRefused() {
        String typed = "ada@example.org\u202Egro.live";

        assertThat(EmailAddress.parse(typed)).isEmpty();
        assertThat(EmailAddress.problem(typed)).contains(HIDDEN);
    }

    @Test
    void parseWhenByteOrderMarkInsideThenRefused() {
        assertThat(EmailAddress.problem("ada\uFEFF@example.org")).contains(HIDDEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada.example.org", "ada@example", "@example.org", "ada@", "ada@@example.org",
            "ada lovelace@example.org"})
    void parseWhenNotShapedLikeAnAddressThenRefused(String typed) {
        assertThat(EmailAddress.parse(typed)).isEmpty();
        assertThat(EmailAddress.problem(typed)).contains(INVALID);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u00A0\uFEFF"})
    void parseWhenNothingTypedThenAskedForAnAddress(String typed) {
        assertThat(EmailAddress.parse(typed)).isEmpty();
        assertThat(EmailAddress.problem(typed)).contains("Enter your e-mail address.");
    }

    @Test
    void parseWhenExactly254CharactersThenAccepted() {
        String typed = "a".repeat(242) + "@example.org";

        assertThat(typed).hasSize(254);
        assertThat(EmailAddress.parse(typed)).map(EmailAddress::value).contains(typed);
        assertThat(EmailAddress.problem(typed)).isEmpty();
    }

    @Test
    void parseWhenLongerThan254CharactersThenRefused() {
        String typed = "a".repeat(243) + "@example.org";

        assertThat(EmailAddress.parse(typed)).isEmpty();
        assertThat(EmailAddress.problem(typed)).contains(INVALID);
    }

    /** The limit counts the address as compared, not as typed: surrounding spaces do not count against it. */
    @Test
    void parseWhen254CharactersWithSurroundingSpacesThenAccepted() {
        assertThat(EmailAddress.parse("  " + "a".repeat(242) + "@example.org  ")).isPresent();
    }

    @Test
    void parseWhenOtherScriptThroughoutThenAccepted() {
        assertThat(EmailAddress.parse("Пётр@почта.рф")).map(EmailAddress::value).contains("пётр@почта.рф");
    }

    @Test
    void constructWhenNotNormalizedThenRefused() {
        assertThatThrownBy(() -> new EmailAddress("Ada@example.org")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EmailAddress(" ada@example.org")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void normalizeWhenNullThenNull() {
        assertThat(EmailAddress.normalize(null)).isNull();
    }

    // --- mixed scripts -------------------------------------------------------------------------------------

    @Test
    void isMixedScriptWhenCyrillicLetterInLatinDomainThenTrue() {
        Optional<EmailAddress> lookAlike = EmailAddress.parse("admin@gatehouse.t\u0435st");

        assertThat(lookAlike).isPresent();
        assertThat(lookAlike.get().isMixedScript()).isTrue();
    }

    @Test
    void isMixedScriptWhenAllLatinThenFalse() {
        assertThat(EmailAddress.parse("admin@gatehouse.test").orElseThrow().isMixedScript()).isFalse();
    }

    @Test
    void isMixedScriptWhenAllCyrillicThenFalse() {
        assertThat(EmailAddress.parse("пётр@почта.рф").orElseThrow().isMixedScript()).isFalse();
    }

    /** Scripts may differ between the parts; only a part that mixes them is suspicious. */
    @Test
    void isMixedScriptWhenEachPartInOneScriptThenFalse() {
        assertThat(EmailAddress.isMixedScript("пётр@example.org")).isFalse();
        assertThat(EmailAddress.isMixedScript("peter@почта.рф")).isFalse();
    }
}

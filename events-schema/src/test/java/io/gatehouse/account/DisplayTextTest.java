package io.gatehouse.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which characters a name others will read may not contain. */
class DisplayTextTest {

    /** An RLO makes "Ada\u202Egnp.exe" read as "Adaexe.png"; no setting allows it. */
    @Test
    void hasHiddenCharactersWhenRightToLeftOverrideThenTrueEvenWithJoinersAllowed() {
        assertThat(DisplayText.hasHiddenCharacters("Ada\u202Egnp.exe", true)).isTrue();
        assertThat(DisplayText.hasHiddenCharacters("Ada\u202Egnp.exe", false)).isTrue();
    }

    /** The family emoji and many Indic names are built with joiners, so names keep them. */
    @ParameterizedTest
    @ValueSource(strings = {"\uD83D\uDC69\u200D\uD83D\uDCBB Ada", "\u0915\u094D\u200D\u0937", "Zero\u200CWidth"})
    void hasHiddenCharactersWhenJoinersAllowedThenJoinersAccepted(String name) {
        assertThat(DisplayText.hasHiddenCharacters(name, true)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uD83D\uDC69\u200D\uD83D\uDCBB Ada", "Zero\u200CWidth"})
    void hasHiddenCharactersWhenJoinersNotAllowedThenJoinersRefused(String text) {
        assertThat(DisplayText.hasHiddenCharacters(text, false)).isTrue();
    }

    /** Allowing joiners allows only those two: the zero-width space beside them stays invisible and refused. */
    @Test
    void hasHiddenCharactersWhenJoinersAllowedThenZeroWidthSpaceStillRefused() {
        assertThat(DisplayText.hasHiddenCharacters("Ada\u200BLovelace", true)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ada\u0000", "Ada\u0007Lovelace", "Ada\tLovelace", "Ada\nLovelace", "Ada\u009B",
            "\u0008Ada"})
    void hasHiddenCharactersWhenControlCharacterThenTrue(String name) {
        assertThat(DisplayText.hasHiddenCharacters(name, true)).isTrue();
    }

    /** Fillers that render as nothing let a name look empty or like another one. */
    @ParameterizedTest
    @ValueSource(strings = {"\u3164", "Ada\u115F", "\u2800", "Ada\uFFA0", "Ada\uE000"})
    void hasHiddenCharactersWhenBlankFillerOrPrivateUseThenTrue(String name) {
        assertThat(DisplayText.hasHiddenCharacters(name, true)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ada Lovelace", "Zoë Ó'Brien-Smith", "李小龙", "Пётр Ильич", "محمد", "Ada 🚀"})
    void hasHiddenCharactersWhenOrdinaryNameThenFalse(String name) {
        assertThat(DisplayText.hasHiddenCharacters(name, true)).isFalse();
    }

    @Test
    void hiddenCharactersProblemThenTellsWhatToRemove() {
        assertThat(DisplayText.hiddenCharactersProblem()).contains("invisible").contains("direction");
    }
}

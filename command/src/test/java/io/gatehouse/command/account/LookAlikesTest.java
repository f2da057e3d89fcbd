package io.gatehouse.command.account;

import io.gatehouse.account.EmailAddress;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which addresses pass for another one on screen, and which of those are refused. */
class LookAlikesTest {

    private static EmailAddress address(String typed) {
        return EmailAddress.parse(typed).orElseThrow();
    }

    /** "аdmin" starts with a Cyrillic "а" (U+0430): it reads as "admin" but is a different mailbox. */
    @Test
    void passesForWhenCyrillicLetterImitatesLatinThenTrue() {
        assertThat(LookAlikes.passesFor(address("\u0430dmin@gatehouse.test"), "admin@gatehouse.test")).isTrue();
    }

    /** The older account may be the look-alike: a real address must not be blocked, but must not pass unseen either. */
    @Test
    void passesForWhenStoredAddressIsTheMixedScriptOneThenTrue() {
        assertThat(LookAlikes.passesFor(address("admin@gatehouse.test"), "\u0430dmin@gatehouse.test")).isTrue();
    }

    @Test
    void passesForWhenSameAddressThenFalse() {
        assertThat(LookAlikes.passesFor(address("admin@gatehouse.test"), "admin@gatehouse.test")).isFalse();
    }

    /** "rn" and "m" share a skeleton, but within one script telling them apart is left to people's eyes. */
    @Test
    void passesForWhenLookAlikeInSameScriptThenFalse() {
        assertThat(LookAlikes.skeleton("rnodern@example.org")).isEqualTo(LookAlikes.skeleton("modern@example.org"));
        assertThat(LookAlikes.passesFor(address("rnodern@example.org"), "modern@example.org")).isFalse();
    }

    @Test
    void passesForWhenMixedScriptButDifferentLookingThenFalse() {
        assertThat(LookAlikes.passesFor(address("\u0430dmin@gatehouse.test"), "editor@gatehouse.test")).isFalse();
    }

    @Test
    void passesForWhenCyrillicInDomainImitatesLatinThenTrue() {
        assertThat(LookAlikes.passesFor(address("ada@gatehouse.t\u0435st"), "ada@gatehouse.test")).isTrue();
    }
}

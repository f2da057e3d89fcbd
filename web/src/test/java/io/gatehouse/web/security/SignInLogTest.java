package io.gatehouse.web.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInLogTest {

    @Test
    void failedSignInWhenNameIsAnEmailThenLoggedAsTyped() {
        assertThat(SignInLog.safeName(" Ada@Example.org")).isEqualTo("\"ada@example.org\"");
    }

    @Test
    void failedSignInWhenNameLooksLikeAPasswordThenOnlyAHashIsLogged() {
        String logged = SignInLog.safeName("correct-horse-battery");
        assertThat(logged).doesNotContain("horse").startsWith("a non-e-mail name (sha256 ");
        assertThat(logged).isEqualTo(SignInLog.safeName("correct-horse-battery"));
    }

    @Test
    void failedSignInWhenNameHasLineBreaksThenNoForgedLogLine() {
        assertThat(SignInLog.safeName("x@example.org\n2026-01-01 INFO Sign-in succeeded")).doesNotContain("\n")
                .doesNotContain("succeeded");
    }
}

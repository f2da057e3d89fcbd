package io.gatehouse.web.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Only paths on this site are sent back to, whatever a client put in a saved request or a Referer. */
class LocalPathTest {

    @Test
    void pathOnThisSiteThenKeptWithItsQuery() {
        assertThat(LocalPath.checked("/admin/accounts?status=PENDING&q=a%20b")).contains("/admin/accounts?status=PENDING&q=a%20b");
        assertThat(LocalPath.of("http://gate.example/admin/accounts?page=2", "gate.example")).contains("/admin/accounts?page=2");
        assertThat(LocalPath.of("/admin", "gate.example")).contains("/admin");
    }

    @Test
    void pathsThatBrowsersReadAsAnotherSiteThenRefused() {
        assertThat(LocalPath.checked("//evil.example/admin")).isEmpty();
        assertThat(LocalPath.checked("/\\evil.example")).isEmpty();
        assertThat(LocalPath.checked("/\t/evil.example")).isEmpty();
        assertThat(LocalPath.checked("/\n/evil.example")).isEmpty();
        assertThat(LocalPath.checked("https://evil.example/")).isEmpty();
        assertThat(LocalPath.checked("admin")).isEmpty();
        assertThat(LocalPath.checked(null)).isEmpty();
    }

    @Test
    void refererFromAnotherHostThenRefused() {
        assertThat(LocalPath.of("https://evil.example/admin", "gate.example")).isEmpty();
        assertThat(LocalPath.of("//evil.example/admin", "gate.example")).isEmpty();
    }

    @Test
    void urlJavaCannotParseThenRefusedNotThrown() {
        assertThat(LocalPath.of("/sponsor/dashboard?a=%zz", "gate.example")).isEmpty();
        assertThat(LocalPath.ofOwn("http://localhost/sponsor/dashboard?a=%zz")).isEmpty();
        assertThat(LocalPath.ofOwn("http://localhost/a b")).isEmpty();
    }

    /** A saved request is this site's own record: the host it names (a forged Host header) does not matter. */
    @Test
    void savedRequestUnderAnyHostThenItsPathAndQuery() {
        assertThat(LocalPath.ofOwn("http://evil.example/admin/accounts?status=PENDING")).contains("/admin/accounts?status=PENDING");
    }
}

package io.gatehouse.web.security;

import io.gatehouse.it.Browser;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The answers the security rules promise, checked the same way by every test in this package. */
final class Expect {

    static final String SESSION_COOKIE = "GATEHOUSE_SESSION";

    private Expect() {
    }

    /** A redirect (302 or 303) to exactly {@code path}, query ignored. */
    static Browser.Response redirectTo(Browser.Response response, String path) {
        assertThat(response.status())
                .as("status of %s %s (Location: %s)", method(response), response.raw().uri(), response.header("Location"))
                .isIn(302, 303);
        assertThat(response.location()).as("Location of %s", response.raw().uri()).isEqualTo(path);
        return response;
    }

    /**
     * The page a person sees at their first request after their session was ended for them: 401, saying
     * what happened ({@code what}, e.g. "suspended") and the reason given, with the usual headers.
     */
    static Browser.Response sessionEndedPage(Browser.Response response, String what, String reason) {
        response.assertStatus(401);
        assertThat(response.html().selectFirst("h1").text()).isEqualTo("Your session has ended");
        assertThat(response.text()).contains(what).contains(reason).contains("Sign in again");
        return securityHeaders(response);
    }

    /** Anything but a 2xx: the request did not reach the page. */
    static Browser.Response notReached(Browser.Response response) {
        assertThat(response.status() / 100).as("status class of %s %s: %s", method(response), response.raw().uri(),
                response.status()).isNotEqualTo(2);
        return response;
    }

    /** An HTML error page with this status that gives nothing of the server's insides away. */
    static Browser.Response htmlErrorPage(Browser.Response response, int status) {
        response.assertStatus(status);
        assertThat(response.header("Content-Type")).as("Content-Type of %s", response.raw().uri())
                .startsWith("text/html");
        assertThat(response.body()).as("body of %s", response.raw().uri())
                .doesNotContain("Exception").doesNotContain("at io.gatehouse").doesNotContain("at org.springframework")
                .doesNotContain("Whitelabel");
        assertThat(response.html().selectFirst(".status-code")).as("error page of %s", response.raw().uri()).isNotNull();
        assertThat(response.html().selectFirst(".status-code").text()).isEqualTo(String.valueOf(status));
        return response;
    }

    static Browser.Response forbiddenPage(Browser.Response response) {
        return htmlErrorPage(response, 403);
    }

    /** The headers every response must carry, whatever its status. */
    static Browser.Response securityHeaders(Browser.Response response) {
        String where = method(response) + " " + response.raw().uri() + " (" + response.status() + ")";
        String csp = response.header("Content-Security-Policy");
        assertThat(csp).as("Content-Security-Policy of %s", where).isNotBlank()
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval")
                .contains("frame-ancestors 'none'");
        assertThat(csp).as("script source of %s", where).containsAnyOf("script-src 'self'", "default-src 'self'");
        assertThat(response.header("X-Content-Type-Options")).as("X-Content-Type-Options of %s", where)
                .isEqualToIgnoringCase("nosniff");
        assertThat(response.header("X-Frame-Options")).as("X-Frame-Options of %s", where).isEqualToIgnoringCase("DENY");
        assertThat(response.header("Referrer-Policy")).as("Referrer-Policy of %s", where).isNotBlank();
        return response;
    }

    /** A page for a signed-in person: must not be kept by any cache. */
    static Browser.Response noStore(Browser.Response response) {
        assertThat(response.raw().headers().allValues("Cache-Control"))
                .as("Cache-Control of %s %s", method(response), response.raw().uri())
                .anySatisfy(value -> assertThat(value).containsIgnoringCase("no-store"));
        return response;
    }

    /** Every raw Set-Cookie header of the session cookie in this response. */
    static List<String> sessionSetCookies(Browser.Response response) {
        return response.raw().headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith(SESSION_COOKIE + "=")).toList();
    }

    private static String method(Browser.Response response) {
        return response.raw().request().method();
    }
}

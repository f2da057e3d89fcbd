package io.gatehouse.web.security;

import io.gatehouse.it.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The session cookie is Secure exactly when the app is served over HTTPS (here: behind a TLS proxy). */
class SecureCookieTest extends IntegrationTest {

    @Test
    void sessionCookieWhenServedOverHttpsThenSecure() throws Exception {
        String cookie = sessionCookieOf(HttpRequest.newBuilder(page()).header("X-Forwarded-Proto", "https"));

        assertThat(cookie).contains("Secure").contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void sessionCookieWhenServedOverPlainHttpThenNotSecure() throws Exception {
        String cookie = sessionCookieOf(HttpRequest.newBuilder(page()));

        assertThat(cookie).doesNotContain("Secure").contains("HttpOnly");
    }

    private URI page() {
        return URI.create("http://localhost:" + port + "/signup/sponsor");
    }

    private static String sessionCookieOf(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("GATEHOUSE_SESSION=")).findFirst()
                .orElseThrow(() -> new AssertionError("No session cookie: " + response.headers().map()));
    }
}

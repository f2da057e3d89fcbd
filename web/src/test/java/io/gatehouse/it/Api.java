package io.gatehouse.it;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A script calling the JSON API: JSON in and out, {@code Authorization: Bearer …} when given a token, no cookies
 * kept and no redirects followed. Like {@link Browser}, each comes from a client address of its own
 * (X-Forwarded-For), so the failed-token allowance per client meets only the calls a test means to count.
 */
public final class Api {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final String base;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public Api(String base) {
        this.base = base;
        headers.put("X-Forwarded-For", "10." + RANDOM.nextInt(256) + "." + RANDOM.nextInt(256) + "."
                + (1 + RANDOM.nextInt(254)));
        headers.put("Accept", "application/json, application/problem+json");
    }

    /** A client that sends this token with every call. */
    public Api withToken(String token) {
        return withHeader("Authorization", "Bearer " + token);
    }

    /** Sends this header with every call from now on. */
    public Api withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** From now on this client's calls come from {@code address}. */
    public Api from(String address) {
        return withHeader("X-Forwarded-For", address);
    }

    public String clientAddress() {
        return headers.get("X-Forwarded-For");
    }

    public Response get(String path) {
        return send("GET", path, null, Map.of());
    }

    public Response get(String path, Map<String, String> extraHeaders) {
        return send("GET", path, null, extraHeaders);
    }

    public Response post(String path, String json) {
        return send("POST", path, json, Map.of());
    }

    public Response put(String path, String json, Map<String, String> extraHeaders) {
        return send("PUT", path, json, extraHeaders);
    }

    /** Any call; {@code json} null sends no body. */
    public Response send(String method, String path, String json, Map<String, String> extraHeaders) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        extraHeaders.forEach(request::setHeader);
        try {
            return new Response(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A JSON object of these names and values, e.g. {@code json("reason", "late")}. */
    public static String json(Object... namesAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            object.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return JSON.writeValueAsString(object);
    }

    /** Text as a list's cursor carries it (URL-safe base64): for cursors that decode but name no place. */
    public static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** An answer, its body read as JSON on demand. */
    public record Response(HttpResponse<String> raw) {

        public int status() {
            return raw.statusCode();
        }

        public String body() {
            return raw.body();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public List<String> headers(String name) {
            return raw.headers().allValues(name);
        }

        public JsonNode json() {
            return JSON.readTree(raw.body());
        }

        /** A problem document's {@code detail}. */
        public String detail() {
            return json().path("detail").asString();
        }

        /** A problem document's message for one field, from its {@code errors}. */
        public String error(String field) {
            return json().path("errors").path(field).asString(null);
        }

        public Response assertStatus(int expected) {
            assertThat(status()).as("status of %s %s: %s", raw.request().method(), raw.request().uri(), body())
                    .isEqualTo(expected);
            return this;
        }

        /** An RFC 9457 problem document with this status, and no cookie: the API never starts a session. */
        public Response assertProblem(int expected) {
            assertStatus(expected);
            assertThat(header("Content-Type")).as("Content-Type of %s %s", raw.request().method(), raw.request().uri())
                    .startsWith("application/problem+json");
            assertThat(json().path("status").asInt()).isEqualTo(expected);
            assertThat(json().path("detail").asString()).isNotBlank();
            return assertNoCookie();
        }

        public Response assertNoCookie() {
            assertThat(headers("Set-Cookie")).as("cookies set by %s %s", raw.request().method(), raw.request().uri())
                    .isEmpty();
            return this;
        }
    }
}

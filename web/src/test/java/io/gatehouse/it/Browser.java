package io.gatehouse.it;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One person's browser: keeps cookies, remembers the CSRF token of the last page it loaded, and
 * follows no redirects, so tests see every status code the server sends. Each comes from a client
 * address of its own (sent as X-Forwarded-For; the test apps trust their local proxy), as people do, so
 * that limits per client address meet only the requests a test means to count.
 */
public final class Browser {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String csrf;

    public Browser(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        headers.put("X-Forwarded-For", "10." + RANDOM.nextInt(256) + "." + RANDOM.nextInt(256) + "." + (1 + RANDOM.nextInt(254)));
        headers.put("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Gatehouse-Test/1.0 Firefox/140.0");
    }

    /** From now on this browser's requests come from {@code address}. */
    public Browser from(String address) {
        headers.put("X-Forwarded-For", address);
        return this;
    }

    public String clientAddress() {
        return headers.get("X-Forwarded-For");
    }

    /** Sends this header with every request from now on. */
    public Browser withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** Loads {@code formPage} for its CSRF token, then posts the fields to {@code action}. */
    public Response submit(String formPage, String action, Map<String, String> fields) {
        get(formPage).assertStatus(200);
        return post(action, fields);
    }

    /** Posts with the CSRF token of the last page loaded. */
    public Response post(String path, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        if (csrf != null) {
            withToken.putIfAbsent("_csrf", csrf);
        }
        return postRaw(path, withToken);
    }

    /** Posts exactly these fields: no CSRF token unless the caller gives one. */
    public Response postRaw(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts fields that may repeat (several ticked boxes of one name), with the CSRF token of the last page. */
    public Response post(String path, List<Map.Entry<String, String>> fields) {
        List<Map.Entry<String, String>> all = new ArrayList<>(fields);
        if (csrf != null) {
            all.add(Map.entry("_csrf", csrf));
        }
        String body = all.stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("GATEHOUSE_SESSION")).map(c -> c.getValue()).findFirst().orElse(null);
    }

    /** Moves this browser's session cookie to another server (another instance of the app). */
    public Browser withSessionOn(String otherBase) {
        Browser other = new Browser(otherBase);
        other.headers.putAll(headers);
        String session = sessionCookie();
        java.net.HttpCookie cookie = new java.net.HttpCookie("GATEHOUSE_SESSION", session);
        cookie.setPath("/");
        cookie.setVersion(0);
        other.cookies.getCookieStore().add(URI.create(otherBase), cookie);
        return other;
    }

    /** A copy of this browser's cookie named {@code name}, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name)).map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    /** Forgets every cookie: a fresh browser on the same machine. */
    public void clearCookies() {
        cookies.getCookieStore().removeAll();
    }

    private Response send(HttpRequest.Builder request) {
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Response wrapped = new Response(response);
            String token = wrapped.csrfToken();
            if (token != null) {
                csrf = token;
            }
            return wrapped;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : base + path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    /** A response, with its body parsed as HTML on demand. */
    public record Response(HttpResponse<String> raw) {

        public int status() {
            return raw.statusCode();
        }

        public String body() {
            return raw.body();
        }

        public Document html() {
            return Jsoup.parse(raw.body());
        }

        public String text() {
            return html().text();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        /** The path a redirect points to, without scheme, host and query. */
        public String location() {
            String location = header("Location");
            return location == null ? null : URI.create(location).getPath();
        }

        public Response assertStatus(int expected) {
            if (status() != expected) {
                throw new AssertionError("Expected " + expected + " from " + raw.request().method() + " "
                        + raw.request().uri() + " but got " + status() + " (Location: " + header("Location") + ")\n"
                        + abbreviate(body()));
            }
            return this;
        }

        String csrfToken() {
            String type = header("Content-Type");
            if (type == null || !type.startsWith("text/html")) {
                return null;
            }
            var input = html().selectFirst("input[name=_csrf]");
            return input == null ? null : input.attr("value");
        }

        private static String abbreviate(String body) {
            return body == null ? "" : body.length() > 2000 ? body.substring(0, 2000) + "…" : body;
        }
    }
}

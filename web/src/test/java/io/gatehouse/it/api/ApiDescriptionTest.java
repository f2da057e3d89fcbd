package io.gatehouse.it.api;

import io.gatehouse.account.ApiScope;
import io.gatehouse.it.Api;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a client reads before it has a token: the OpenAPI description, its browser, and the resource metadata. */
class ApiDescriptionTest extends ApiTest {

    @Test
    void openApiDescriptionThenPublicJsonListingEveryPathAndTheBearerScheme() {
        Api.Response answer = api().get("/api/v1/openapi.json").assertStatus(200).assertNoCookie();

        assertThat(answer.header("Content-Type")).startsWith("application/json");
        JsonNode description = answer.json();
        assertThat(description.path("openapi").asString()).startsWith("3.");
        JsonNode paths = description.path("paths");
        Map<String, List<String>> expected = Map.ofEntries(
                Map.entry("/api/v1/me", List.of("get")),
                Map.entry("/api/v1/accounts", List.of("get")),
                Map.entry("/api/v1/accounts/{id}", List.of("get")),
                Map.entry("/api/v1/accounts/{id}/approve", List.of("post")),
                Map.entry("/api/v1/accounts/{id}/reject", List.of("post")),
                Map.entry("/api/v1/accounts/{id}/suspend", List.of("post")),
                Map.entry("/api/v1/accounts/{id}/reinstate", List.of("post")),
                Map.entry("/api/v1/audit", List.of("get")),
                Map.entry("/api/v1/documents", List.of("get", "post")),
                Map.entry("/api/v1/documents/{id}", List.of("get", "put")),
                Map.entry("/api/v1/editors", List.of("get")));
        expected.forEach((path, methods) -> methods.forEach(method ->
                assertThat(paths.path(path).has(method)).as("%s %s in the description", method, path).isTrue()));
        assertThat(paths.propertyNames()).allMatch(path -> path.startsWith("/api/v1/"));
        JsonNode scheme = description.path("components").path("securitySchemes").path("token");
        assertThat(scheme.path("type").asString()).isEqualTo("http");
        assertThat(scheme.path("scheme").asString()).isEqualTo("bearer");
    }

    @Test
    void swaggerUiThenServedUnderTheSitesContentSecurityPolicyWithEveryScriptFromAFile() {
        Api browser = api();
        Api.Response page = browser.get("/api/docs");
        for (int hops = 0; page.status() / 100 == 3 && hops < 3; hops++) {
            page = browser.get(URI.create("http://localhost:" + port).resolve(page.header("Location")).toString());
        }
        page.assertStatus(200).assertNoCookie();

        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).containsIgnoringCase("swagger-ui");
        assertSiteHeaders(page);
        Document html = Jsoup.parse(page.body(), page.raw().uri().toString());
        List<String> files = new ArrayList<>();
        for (Element script : html.select("script")) {
            assertThat(script.hasAttr("src")).as("inline script on /api/docs: %s", script).isTrue();
            files.add(script.absUrl("src"));
        }
        html.select("link[rel=stylesheet]").forEach(link -> files.add(link.absUrl("href")));
        assertThat(files).isNotEmpty();
        for (String file : files) {
            Api.Response loaded = browser.get(file).assertStatus(200);
            assertSiteHeaders(loaded);
            if (file.contains("initializer")) {
                assertThat(loaded.body()).contains("/api/v1/openapi.json");
            }
        }
    }

    @Test
    void protectedResourceMetadataThenNamesEveryScope() {
        Api.Response answer = api().get("/.well-known/oauth-protected-resource").assertStatus(200).assertNoCookie();

        assertThat(answer.header("Content-Type")).startsWith("application/json");
        List<String> scopes = new ArrayList<>();
        answer.json().path("scopes_supported").forEach(scope -> scopes.add(scope.asString()));
        assertThat(scopes).containsExactlyInAnyOrderElementsOf(ApiScope.codes(List.of(ApiScope.values())));
        assertThat(answer.json().path("bearer_methods_supported").toString()).contains("header");
    }

    @Test
    void unauthorizedAnswerThenPointsToTheResourceMetadata() {
        String challenge = api().get("/api/v1/me").assertProblem(401).header("WWW-Authenticate");

        assertThat(challenge).startsWith("Bearer").contains("/.well-known/oauth-protected-resource");
    }

    private static void assertSiteHeaders(Api.Response answer) {
        String where = answer.raw().uri().toString();
        String csp = answer.header("Content-Security-Policy");
        assertThat(csp).as("Content-Security-Policy of %s", where).isNotBlank().contains("frame-ancestors 'none'");
        String scripts = directive(csp, "script-src");
        assertThat(scripts == null ? directive(csp, "default-src") : scripts).as("scripts allowed by %s", where)
                .contains("'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(answer.header("X-Content-Type-Options")).as(where).isEqualToIgnoringCase("nosniff");
        assertThat(answer.header("X-Frame-Options")).as(where).isEqualToIgnoringCase("DENY");
    }

    private static String directive(String csp, String name) {
        for (String part : csp.split(";")) {
            if (part.strip().startsWith(name + " ")) {
                return part.strip();
            }
        }
        return null;
    }
}

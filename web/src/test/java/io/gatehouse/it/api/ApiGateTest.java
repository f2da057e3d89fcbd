package io.gatehouse.it.api;

import io.gatehouse.account.ApiScope;
import io.gatehouse.account.Role;
import io.gatehouse.it.Api;
import io.gatehouse.it.ApiTokensForTests.Issued;
import io.gatehouse.it.Browser;
import io.gatehouse.it.Pages;
import io.gatehouse.it.Scenario.Person;
import io.gatehouse.web.apitoken.ApiTokenSecret;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.gatehouse.it.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint behind the API's gate, table by table: no token, a bad one, a missing scope, a suspended account
 * and a revoked role are refused before any controller runs, as problem documents, and never with a cookie.
 * Each case first shows the same endpoint reached with a good token, so a refusal has only the one cause.
 */
class ApiGateTest extends ApiTest {

    /** One endpoint, and what a token with every scope gets there (ids that exist nowhere: 404 is "reached"). */
    private record Endpoint(String method, String path, String body, ApiScope scope, int reached) {

        Api.Response call(Api api) {
            Map<String, String> headers = method.equals("PUT") ? Map.of("If-Match", "\"0\"") : Map.of();
            return api.send(method, path, body, headers);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final UUID NOWHERE = UUID.randomUUID();
    private static final String REASON = json("reason", "checked by the gate test");

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/api/v1/me", null, null, 200),
            new Endpoint("GET", "/api/v1/accounts", null, ApiScope.ACCOUNTS_READ, 200),
            new Endpoint("GET", "/api/v1/accounts/" + NOWHERE, null, ApiScope.ACCOUNTS_READ, 404),
            new Endpoint("POST", "/api/v1/accounts/" + NOWHERE + "/approve", REASON, ApiScope.ACCOUNTS_WRITE, 404),
            new Endpoint("POST", "/api/v1/accounts/" + NOWHERE + "/reject", REASON, ApiScope.ACCOUNTS_WRITE, 404),
            new Endpoint("POST", "/api/v1/accounts/" + NOWHERE + "/suspend", REASON, ApiScope.ACCOUNTS_WRITE, 404),
            new Endpoint("POST", "/api/v1/accounts/" + NOWHERE + "/reinstate", REASON, ApiScope.ACCOUNTS_WRITE, 404),
            new Endpoint("GET", "/api/v1/audit", null, ApiScope.AUDIT_READ, 200),
            new Endpoint("GET", "/api/v1/documents", null, ApiScope.DOCUMENTS_READ, 200),
            new Endpoint("GET", "/api/v1/editors", null, ApiScope.DOCUMENTS_READ, 200),
            new Endpoint("GET", "/api/v1/documents/" + NOWHERE, null, ApiScope.DOCUMENTS_READ, 404),
            new Endpoint("POST", "/api/v1/documents", json("title", " ", "body", "", "editorId", NOWHERE),
                    ApiScope.DOCUMENTS_WRITE, 400),
            new Endpoint("PUT", "/api/v1/documents/" + NOWHERE, json("title", "T", "body", ""),
                    ApiScope.DOCUMENTS_WRITE, 404),
            new Endpoint("POST", "/api/v1/documents/" + NOWHERE + "/exports", null, ApiScope.DOCUMENTS_READ, 404));

    @Test
    void everyEndpointWithoutTokenThenUnauthorizedWithBearerChallengeAsProblem() {
        Api anonymous = api();
        for (Endpoint endpoint : ENDPOINTS) {
            Api.Response answer = endpoint.call(anonymous).assertProblem(401);
            assertThat(answer.header("WWW-Authenticate")).as("challenge of %s", endpoint).startsWith("Bearer");
            assertThat(answer.detail()).as(endpoint.toString()).contains("Authorization: Bearer");
        }
    }

    @Test
    void everyEndpointWithMalformedOrUnknownTokenThenUnauthorized() {
        Person person = sponsorAndAdmin();
        Issued good = tokens().issueWithEveryScope(person.id());
        assertReachesEveryEndpoint(good);
        String wrongSecret = good.secret().substring(0, good.secret().length() - 1)
                + (good.secret().endsWith("A") ? "B" : "A");

        for (String bad : List.of("not-a-token", "gh_abc", good.secret() + "x", wrongSecret,
                ApiTokenSecret.mint().token())) {
            assertUnauthorizedEverywhere(api().withToken(bad), bad);
        }
        assertUnauthorizedEverywhere(api().withHeader("Authorization", "Basic " + good.secret()), "basic");
        assertUnauthorizedEverywhere(api().withHeader("Authorization", "Bearer"), "empty bearer");
    }

    @Test
    void everyEndpointWithExpiredTokenThenUnauthorized() {
        Person person = sponsorAndAdmin();
        Issued token = tokens().issueWithEveryScope(person.id());
        assertReachesEveryEndpoint(token);

        tokens().expire(token);

        assertUnauthorizedEverywhere(api(token), "expired");
    }

    @Test
    void everyEndpointWithRevokedTokenThenUnauthorizedWhileAnotherTokenStillWorks() {
        Person person = sponsorAndAdmin();
        Issued revoked = tokens().issueWithEveryScope(person.id());
        Issued kept = tokens().issueWithEveryScope(person.id());
        assertReachesEveryEndpoint(revoked);

        tokens().revoke(revoked);

        assertUnauthorizedEverywhere(api(revoked), "revoked");
        assertReachesEveryEndpoint(kept);
    }

    @Test
    void everyEndpointWithTokenLackingItsScopeThenForbiddenProblem() {
        Person person = sponsorAndAdmin();
        assertReachesEveryEndpoint(tokens().issueWithEveryScope(person.id()));

        for (Endpoint endpoint : ENDPOINTS) {
            if (endpoint.scope() == null) {
                continue;
            }
            EnumSet<ApiScope> others = EnumSet.complementOf(EnumSet.of(endpoint.scope()));
            Api api = api(tokens().issue(person.id(), others.toArray(ApiScope[]::new)));
            Api.Response answer = endpoint.call(api).assertProblem(403);
            assertThat(answer.header("WWW-Authenticate")).as("challenge of %s", endpoint)
                    .startsWith("Bearer").contains("error=\"insufficient_scope\"");
            assertThat(answer.detail()).as(endpoint.toString()).contains("scopes");
        }
    }

    @Test
    void suspendedAccountsTokenThenForbiddenEverywhereButMeWhichSaysSuspended() {
        Person person = sponsorAndAdmin();
        Issued token = tokens().issueWithEveryScope(person.id());
        assertReachesEveryEndpoint(token);

        scenario().adminAct(person.id(), "suspend", Map.of("reason", "gate test")).assertStatus(303);

        for (Endpoint endpoint : ENDPOINTS) {
            if (endpoint.scope() != null) {
                assertThat(endpoint.call(api(token)).assertProblem(403).detail()).as(endpoint.toString())
                        .contains("SUSPENDED");
            }
        }
        var me = api(token).get("/api/v1/me").assertStatus(200).assertNoCookie().json();
        assertThat(me.path("status").asString()).isEqualTo("SUSPENDED");
        assertThat(me.path("id").asString()).isEqualTo(person.id().toString());
        assertThat(me.path("token").path("usableScopes")).isEmpty();
        assertThat(me.path("token").path("scopes")).hasSize(ApiScope.values().length);

        scenario().adminAct(person.id(), "reinstate", Map.of("reason", "gate test over")).assertStatus(303);
        assertReachesEveryEndpoint(token);
    }

    @Test
    void roleRevokedThenTheScopesItAllowedAreRefusedAtTheNextCall() {
        Person person = sponsorAndAdmin();
        Issued token = tokens().issueWithEveryScope(person.id());
        assertReachesEveryEndpoint(token);

        revoke(person, Role.ADMIN);

        for (Endpoint endpoint : ENDPOINTS) {
            Api.Response answer = endpoint.call(api(token));
            if (endpoint.scope() == null || endpoint.scope().allowedFor(List.of(Role.SPONSOR))) {
                assertThat(answer.status()).as(endpoint.toString()).isEqualTo(endpoint.reached());
            } else {
                assertThat(answer.assertProblem(403).detail()).as(endpoint.toString()).contains("roles");
            }
        }
        var me = api(token).get("/api/v1/me").assertStatus(200).json();
        assertThat(me.path("roles").toString()).isEqualTo("[\"SPONSOR\"]");
        assertThat(me.path("token").path("usableScopes").toString())
                .isEqualTo("[\"documents:read\",\"documents:write\"]");
    }

    @Test
    void postWithBearerTokenAndNoCsrfTokenThenDoneWithoutACookie() {
        Person admin = sponsorAndAdmin();
        Person pending = scenario().signUp(Role.EDITOR);

        Api.Response approved = api(tokens().issue(admin.id(), ApiScope.ACCOUNTS_WRITE))
                .post("/api/v1/accounts/" + pending.id() + "/approve", json("reason", "no CSRF token needed"))
                .assertStatus(200).assertNoCookie();

        assertThat(approved.json().path("status").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void sessionCookieAloneThenUnauthorizedAndNothingChanges() {
        Person pending = scenario().signUp(Role.EDITOR);
        Browser admin = scenario().rootBrowser();
        assertThat(admin.sessionCookie()).isNotBlank();
        admin.get("/admin/accounts/" + pending.id()).assertStatus(200); // for its CSRF token

        Browser.Response me = admin.get("/api/v1/me");
        Browser.Response approve = admin.post("/api/v1/accounts/" + pending.id() + "/approve",
                Map.of("reason", "with a session only"));

        for (Browser.Response answer : List.of(me, approve)) {
            answer.assertStatus(401);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
            assertThat(answer.raw().headers().allValues("Set-Cookie")).isEmpty();
        }
        assertThat(Pages.state(admin.get("/admin/accounts/" + pending.id()).assertStatus(200))).isEqualTo("PENDING");
    }

    /** Spring MVC's own refusals, outside any API controller, are problem documents too, not the site's pages. */
    @Test
    void unknownPathOrMethodThenProblemNotAPage() {
        Api api = api(tokens().issueWithEveryScope(sponsorAndAdmin().id()));

        api.get("/api/v1/nothing-here").assertProblem(404);
        api.send("DELETE", "/api/v1/documents/" + NOWHERE, null, Map.of()).assertProblem(405);
        api.send("PATCH", "/api/v1/me", json("a", 1), Map.of()).assertProblem(405);
        api.send("POST", "/api/v1/accounts/" + NOWHERE + "/approve", "<reason/>",
                Map.of("Content-Type", "application/xml")).assertProblem(415);
    }

    private void assertReachesEveryEndpoint(Issued token) {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            Api.Response answer = endpoint.call(api(token)).assertNoCookie();
            if (answer.status() != endpoint.reached()) {
                wrong.add(endpoint + " answered " + answer.status() + ": " + answer.body());
            }
        }
        assertThat(wrong).as("endpoints not reached with a good token").isEmpty();
    }

    /** One client address per kind of bad token: the failures stay well within the client's allowance. */
    private static void assertUnauthorizedEverywhere(Api api, String what) {
        for (Endpoint endpoint : ENDPOINTS) {
            Api.Response answer = endpoint.call(api).assertProblem(401);
            assertThat(answer.header("WWW-Authenticate")).as("challenge of %s with %s", endpoint, what)
                    .startsWith("Bearer");
            assertThat(answer.detail()).as("%s with %s", endpoint, what)
                    .isEqualTo("The bearer token is malformed, unknown, expired or revoked.");
        }
    }
}

package io.gatehouse.it.api;

import io.gatehouse.account.ApiScope;
import io.gatehouse.account.Role;
import io.gatehouse.it.Api;
import io.gatehouse.it.Pages;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.Scenario.Person;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static io.gatehouse.it.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The admin directory and its four decisions through the API: the pages' filters and commands, by cursor. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountsApiTest extends ApiTest {

    private Person admin;
    private Api adminApi;

    @BeforeAll
    void admin() {
        admin = sponsorAndAdmin();
        adminApi = api(tokens().issue(admin.id(), ApiScope.ACCOUNTS_READ, ApiScope.ACCOUNTS_WRITE, ApiScope.AUDIT_READ));
    }

    @Test
    void listWithLimitOneThenTheCursorWalksEveryMatchOnceNewestFirst() {
        String marker = marker();
        List<String> newestFirst = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            newestFirst.add(0, register(marker + " " + i));
        }

        List<String> seen = new ArrayList<>();
        String path = "/api/v1/accounts?limit=1&q=" + marker;
        while (path != null) {
            assertThat(seen).as("accounts seen").hasSizeLessThan(10);
            JsonNode page = adminApi.get(path).assertStatus(200).json();
            assertThat(page.path("items")).hasSize(1);
            seen.add(page.path("items").get(0).path("email").asString());
            String next = page.path("nextCursor").asString(null);
            path = next == null ? null : "/api/v1/accounts?limit=1&q=" + marker + "&cursor=" + next;
        }

        assertThat(seen).containsExactlyElementsOf(newestFirst);
    }

    @Test
    void statusFilterThenOnlyAccountsInThatState() {
        String marker = marker();
        String pending = register(marker + " waits");
        String approved = register(marker + " approved");
        adminApi.post("/api/v1/accounts/" + idOf(approved) + "/approve", json("reason", "fine")).assertStatus(200);

        assertThat(emails("status=ACTIVE&q=" + marker)).containsExactly(approved);
        assertThat(emails("status=pending&q=" + marker)).containsExactly(pending);
        assertThat(emails("status=SUSPENDED&q=" + marker)).isEmpty();
        assertThat(emails("q=" + marker)).containsExactlyInAnyOrder(pending, approved);
    }

    @Test
    void textFilterThenMatchesEmailOrNameWhateverTheCase() {
        String marker = marker();
        String email = register(marker + " Person");

        assertThat(emails("q=" + marker.toUpperCase(Locale.ROOT))).containsExactly(email);
        assertThat(emails("q=" + email.toUpperCase(Locale.ROOT))).containsExactly(email);
        assertThat(emails("q=" + marker + "-nobody")).isEmpty();
        JsonNode account = adminApi.get("/api/v1/accounts?q=" + email).assertStatus(200).json().path("items").get(0);
        assertThat(account.path("displayName").asString()).isEqualTo(marker + " Person");
        assertThat(account.path("status").asString()).isEqualTo("PENDING");
        assertThat(account.path("requestedRole").asString()).isEqualTo("EDITOR");
    }

    @Test
    void badCursorStatusOrLimitThenBadRequestProblemNamingTheField() {
        for (String query : List.of("cursor=%21%21%21", "cursor=" + Api.base64("not a place"),
                "cursor=" + Api.base64("2026-01-01T00:00:00Z not-an-id"), "status=NOPE", "limit=0", "limit=201",
                "limit=lots")) {
            Api.Response refused = adminApi.get("/api/v1/accounts?" + query).assertProblem(400);
            assertThat(refused.error(query.substring(0, query.indexOf('=')))).as(query).isNotBlank();
        }
    }

    @Test
    void unknownOrMalformedIdThenNotFound() {
        adminApi.get("/api/v1/accounts/" + UUID.randomUUID()).assertProblem(404);
        adminApi.get("/api/v1/accounts/not-an-id").assertProblem(404);
        adminApi.post("/api/v1/accounts/" + UUID.randomUUID() + "/approve", json("reason", "x")).assertProblem(404);
        adminApi.post("/api/v1/accounts/not-an-id/suspend", json("reason", "x")).assertProblem(404);
    }

    @Test
    void approvePendingThenOkWithItsNewStateAndTheActInTheTrailWithTheAdminAsActor() {
        UUID id = idOf(register("Approved through the API"));

        JsonNode approved = adminApi.post("/api/v1/accounts/" + id + "/approve", json("reason", "looks right"))
                .assertStatus(200).json();

        assertThat(approved.path("id").asString()).isEqualTo(id.toString());
        assertThat(approved.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(approved.path("roles").toString()).isEqualTo("[\"EDITOR\"]");
        assertThat(adminApi.get("/api/v1/accounts/" + id).assertStatus(200).json().path("status").asString())
                .isEqualTo("ACTIVE");
        JsonNode entries = adminApi.get("/api/v1/audit?account=" + id + "&type=AccountApproved").assertStatus(200)
                .json().path("items");
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).path("actorId").asString()).isEqualTo(admin.id().toString());
        assertThat(entries.get(0).path("actor").asString()).isEqualTo(admin.email());
        assertThat(entries.get(0).path("reason").asString()).isEqualTo("looks right");
        assertThat(entries.get(0).path("clientAddress").asString()).isEqualTo(adminApi.clientAddress());
        assertThat(Pages.state(scenario().rootBrowser().get("/admin/accounts/" + id).assertStatus(200)))
                .isEqualTo("ACTIVE");
    }

    @Test
    void rejectSuspendAndReinstateThenEachAnswersTheNewState() {
        UUID rejected = idOf(register("Rejected through the API"));
        UUID active = idOf(register("Suspended through the API"));
        adminApi.send("POST", "/api/v1/accounts/" + active + "/approve", null, java.util.Map.of()).assertStatus(200);

        assertThat(state(adminApi.post("/api/v1/accounts/" + rejected + "/reject", json("reason", "not ours"))))
                .isEqualTo("REJECTED");
        assertThat(state(adminApi.post("/api/v1/accounts/" + active + "/suspend", json("reason", "paused"))))
                .isEqualTo("SUSPENDED");
        assertThat(state(adminApi.post("/api/v1/accounts/" + active + "/reinstate", json("reason", "back"))))
                .isEqualTo("ACTIVE");
        assertThat(adminApi.get("/api/v1/audit?account=" + active).assertStatus(200).json().path("items"))
                .extracting(entry -> entry.path("type").asString())
                .startsWith("AccountReinstated", "AccountSuspended", "AccountApproved");
    }

    // ---------------------------------------------------------------- helpers

    private static String marker() {
        return "Cursor" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A PENDING editor with this display name; its e-mail. */
    private String register(String displayName) {
        String email = Scenario.uniqueEmail("api-accounts");
        scenario().register(Role.EDITOR, email, displayName);
        return email;
    }

    private UUID idOf(String email) {
        return UUID.fromString(adminApi.get("/api/v1/accounts?q=" + email).assertStatus(200).json().path("items").get(0)
                .path("id").asString());
    }

    private List<String> emails(String query) {
        List<String> emails = new ArrayList<>();
        adminApi.get("/api/v1/accounts?" + query).assertStatus(200).json().path("items")
                .forEach(item -> emails.add(item.path("email").asString()));
        return emails;
    }

    private static String state(Api.Response answer) {
        return answer.assertStatus(200).json().path("status").asString();
    }
}

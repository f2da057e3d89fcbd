package io.gatehouse.it.api;

import io.gatehouse.account.ApiScope;
import io.gatehouse.account.Role;
import io.gatehouse.it.Api;
import io.gatehouse.it.Browser;
import io.gatehouse.it.Pages;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.Scenario.Person;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static io.gatehouse.it.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same bad input through a page and through the API: the same status and the same words (both come from
 * the command), and neither records anything.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SameRefusalsAsThePagesTest extends ApiTest {

    /** An admin signed in to the admin area (second factor and all) who also holds a token. */
    private Person admin;
    private Api adminApi;

    @BeforeAll
    void admin() {
        admin = scenario().newAdmin();
        adminApi = api(tokens().issue(admin.id(), ApiScope.ACCOUNTS_READ, ApiScope.ACCOUNTS_WRITE));
    }

    @Test
    void suspendWithoutReasonThenBadRequestInTheSameWordsAndStillActive() {
        Person person = scenario().active(Role.SPONSOR);
        String words = "A reason is required to suspend an account.";

        Browser.Response page = Scenario.act(admin.browser(), person.id(), "suspend", Map.of("reason", "  "));
        Api.Response blank = adminApi.post("/api/v1/accounts/" + person.id() + "/suspend", json("reason", "  "));
        Api.Response noBody = adminApi.send("POST", "/api/v1/accounts/" + person.id() + "/suspend", null, Map.of());

        assertRefusedAlike(page, blank, 400, words);
        assertRefusedAlike(page, noBody, 400, words);
        assertThat(state(person.id())).isEqualTo("ACTIVE");
    }

    @Test
    void reasonOver500CharactersThenBadRequestInTheSameWords() {
        Person person = scenario().active(Role.SPONSOR);
        String reason = "r".repeat(501);

        Browser.Response page = Scenario.act(admin.browser(), person.id(), "suspend", Map.of("reason", reason));
        Api.Response api = adminApi.post("/api/v1/accounts/" + person.id() + "/suspend", json("reason", reason));

        assertRefusedAlike(page, api, 400, api.detail());
        assertThat(api.detail()).contains("at most 500 characters");
        assertThat(state(person.id())).isEqualTo("ACTIVE");
    }

    @Test
    void documentWithBlankTitleThenBadRequestInTheSameWordsAndNothingCreated() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        Api sponsorApi = api(tokens().issue(sponsor.id(), ApiScope.DOCUMENTS_READ, ApiScope.DOCUMENTS_WRITE));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "   ");
        fields.put("body", "kept body");
        fields.put("editorId", editor.id().toString());

        Browser.Response page = sponsor.browser().submit("/sponsor/documents/new", "/sponsor/documents/new", fields);
        Api.Response api = sponsorApi.post("/api/v1/documents",
                json("title", "   ", "body", "kept body", "editorId", editor.id()));

        assertRefusedAlike(page, api, 400, "A title is required.");
        assertThat(api.error("title")).isEqualTo("A title is required.");
        assertThat(sponsorApi.get("/api/v1/documents").assertStatus(200).json().path("items")).isEmpty();
    }

    @Test
    void rejectOwnAccountThenConflictInTheSameWordsAndNothingRecorded() {
        var before = Pages.history(admin.browser().get("/admin/accounts/" + admin.id()).assertStatus(200));

        Browser.Response page = Scenario.act(admin.browser(), admin.id(), "reject", Map.of("reason", "myself"));
        Api.Response api = adminApi.post("/api/v1/accounts/" + admin.id() + "/reject", json("reason", "myself"));
        Api.Response suspend = adminApi.post("/api/v1/accounts/" + admin.id() + "/suspend", json("reason", "myself"));

        assertRefusedAlike(page, api, 409, "You cannot reject your own account.");
        assertThat(suspend.assertProblem(409).detail()).isEqualTo("You cannot suspend your own account.");
        assertThat(state(admin.id())).isEqualTo("ACTIVE");
        assertThat(Pages.history(admin.browser().get("/admin/accounts/" + admin.id()).assertStatus(200)))
                .isEqualTo(before);
    }

    @Test
    void actOnTheWrongStateThenConflictInTheSameWords() {
        Person active = scenario().active(Role.EDITOR);
        Person pending = scenario().signUp(Role.EDITOR);

        assertRefusedAlike(Scenario.act(admin.browser(), active.id(), "approve", Map.of("reason", "again")),
                adminApi.post("/api/v1/accounts/" + active.id() + "/approve", json("reason", "again")), 409,
                "You can only approve an account that is PENDING; this account is ACTIVE.");
        assertRefusedAlike(Scenario.act(admin.browser(), pending.id(), "reinstate", Map.of("reason", "r")),
                adminApi.post("/api/v1/accounts/" + pending.id() + "/reinstate", json("reason", "r")), 409,
                "You can only reinstate an account that is SUSPENDED; this account is PENDING.");

        assertThat(state(active.id())).isEqualTo("ACTIVE");
        assertThat(state(pending.id())).isEqualTo("PENDING");
    }

    private static void assertRefusedAlike(Browser.Response page, Api.Response api, int status, String words) {
        page.assertStatus(status);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.text()).contains(words);
        assertThat(api.assertProblem(status).detail()).isEqualTo(words);
    }

    private String state(UUID id) {
        return adminApi.get("/api/v1/accounts/" + id).assertStatus(200).json().path("status").asString();
    }
}

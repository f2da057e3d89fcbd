package io.gatehouse.it.api;

import io.gatehouse.account.ApiScope;
import io.gatehouse.account.Role;
import io.gatehouse.it.Api;
import io.gatehouse.it.Scenario.Person;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.gatehouse.it.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Documents through the API: the pages' rules, keyset pages, and ETag/If-Match so no write is lost. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentsApiTest extends ApiTest {

    /** One sponsor and one editor for the class; a test that counts documents makes a sponsor of its own. */
    private Person sponsor;
    private Person editor;
    private Api sponsorApi;

    @BeforeAll
    void sponsorAndEditor() {
        sponsor = scenario().active(Role.SPONSOR);
        editor = scenario().active(Role.EDITOR);
        sponsorApi = tokenOf(sponsor);
    }

    @Test
    void createWhenSponsorThenCreatedWithLocationAndETagAndShownToItsEditorAndOnThePages() {
        Api.Response created = sponsorApi.post("/api/v1/documents",
                json("title", "  Made by a script ", "body", "Line one", "editorId", editor.id())).assertStatus(201);

        String location = URI.create(created.header("Location")).getPath();
        UUID id = UUID.fromString(created.json().path("id").asString());
        assertThat(location).isEqualTo("/api/v1/documents/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(created.json().path("title").asString()).isEqualTo("Made by a script");
        JsonNode read = sponsorApi.get(location).assertStatus(200).json();
        assertThat(read.path("title").asString()).isEqualTo("Made by a script");
        assertThat(read.path("body").asString()).isEqualTo("Line one");
        assertThat(read.path("editorId").asString()).isEqualTo(editor.id().toString());
        assertThat(editorApi().get(location).assertStatus(200).header("ETag")).isEqualTo("\"0\"");
        assertThat(sponsor.browser().get("/sponsor/documents/" + id).assertStatus(200).html().selectFirst("h1").text())
                .isEqualTo("Made by a script");
    }

    @Test
    void editorsThenTheActiveEditorsASponsorCanAssignButNotThePendingOnes() {
        Person pending = scenario().signUp(Role.EDITOR);

        JsonNode editors = sponsorApi.get("/api/v1/editors").assertStatus(200).json();

        assertThat(editors).anyMatch(e -> e.path("id").asString().equals(editor.id().toString())
                && e.path("displayName").asString().equals("Test EDITOR"));
        assertThat(editors).noneMatch(e -> e.path("id").asString().equals(pending.id().toString()))
                .noneMatch(e -> e.path("id").asString().equals(sponsor.id().toString()));
    }

    @Test
    void createWithEditorsTokenHoldingDocumentsWriteThenForbiddenAndNothingCreated() {
        Api editorApi = editorApi();

        Api.Response refused = editorApi.post("/api/v1/documents",
                json("title", "Not mine to make", "body", "", "editorId", editor.id())).assertProblem(403);

        assertThat(refused.detail()).isEqualTo("Only sponsors create documents.");
        assertThat(editorApi.get("/api/v1/documents?limit=100").assertStatus(200).json().path("items"))
                .noneMatch(item -> item.path("title").asString().equals("Not mine to make"));
    }

    @Test
    void listWithLimitTwoThenNextCursorWalksEveryDocumentOnceLastChangedFirst() {
        Api ownSponsor = tokenOf(scenario().active(Role.SPONSOR));
        List<String> newestFirst = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            newestFirst.add(0, create(ownSponsor, "Paged " + i).toString());
        }

        List<String> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String path = "/api/v1/documents?limit=2";
        while (path != null) {
            assertThat(pageSizes).as("pages followed").hasSizeLessThan(10);
            JsonNode page = ownSponsor.get(path).assertStatus(200).json();
            pageSizes.add(page.path("items").size());
            page.path("items").forEach(item -> seen.add(item.path("id").asString()));
            String next = page.path("nextCursor").asString(null);
            path = next == null ? null : "/api/v1/documents?limit=2&cursor=" + next;
        }

        assertThat(pageSizes).containsExactly(2, 2, 1);
        assertThat(seen).doesNotHaveDuplicates().containsExactlyElementsOf(newestFirst);
    }

    @Test
    void someoneElsesDocumentThenNotFoundAndUnchanged() {
        UUID id = create("Private");
        Api other = tokenOf(scenario().active(Role.SPONSOR));

        other.get("/api/v1/documents/" + id).assertProblem(404);
        other.put("/api/v1/documents/" + id, json("title", "Taken over", "body", ""), Map.of("If-Match", "*"))
                .assertProblem(404);
        assertThat(other.get("/api/v1/documents").assertStatus(200).json().path("items")).isEmpty();

        assertThat(title(id)).isEqualTo("Private");
    }

    @Test
    void changeWithTheETagJustReadThenNoContentWithTheNewETag() {
        UUID id = create("First");
        String etag = sponsorApi.get("/api/v1/documents/" + id).assertStatus(200).header("ETag");

        Api.Response changed = change(id, "Second", etag).assertStatus(204);

        assertThat(changed.header("ETag")).isEqualTo("\"1\"").isNotEqualTo(etag);
        Api.Response read = sponsorApi.get("/api/v1/documents/" + id).assertStatus(200);
        assertThat(read.header("ETag")).isEqualTo(changed.header("ETag"));
        assertThat(read.json().path("title").asString()).isEqualTo("Second");
        assertThat(read.json().path("version").asLong()).isEqualTo(1);
    }

    @Test
    void changeByTheAssignedEditorThenNoContent() {
        UUID id = create("For the editor");

        editorApi().put("/api/v1/documents/" + id, json("title", "Edited by the editor", "body", "b"),
                Map.of("If-Match", "\"0\"")).assertStatus(204);

        assertThat(title(id)).isEqualTo("Edited by the editor");
    }

    @Test
    void changeWithAnOldETagThenPreconditionFailedAndNothingChanged() {
        UUID id = create("Original");
        change(id, "Changed by someone else", "\"0\"").assertStatus(204);

        Api.Response stale = change(id, "Would overwrite", "\"0\"").assertProblem(412);

        assertThat(stale.detail()).contains("If-Match");
        Api.Response read = sponsorApi.get("/api/v1/documents/" + id).assertStatus(200);
        assertThat(read.json().path("title").asString()).isEqualTo("Changed by someone else");
        assertThat(read.header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void changeWithoutIfMatchThenPreconditionRequiredAndNothingChanged() {
        UUID id = create("Needs a version");

        Api.Response refused = sponsorApi.put("/api/v1/documents/" + id, json("title", "Blind write", "body", ""),
                Map.of()).assertProblem(428);

        assertThat(refused.detail()).contains("If-Match");
        assertThat(title(id)).isEqualTo("Needs a version");
    }

    @Test
    void changeWithMalformedIfMatchThenBadRequestAndNothingChanged() {
        UUID id = create("Kept");

        for (String malformed : List.of("0", "\"zero\"", "\"-1\"", "\"\"", "W/", "\"1", "\"99999999999999999999\"")) {
            Api.Response refused = change(id, "Garbled", malformed).assertProblem(400);
            assertThat(refused.error("If-Match")).as(malformed).isNotBlank();
        }

        assertThat(title(id)).isEqualTo("Kept");
    }

    @Test
    void changeWithIfMatchStarThenReplacesWhateverIsCurrent() {
        UUID id = create("Any version");
        change(id, "Version one", "\"0\"").assertStatus(204);

        Api.Response replaced = change(id, "Whatever was there", "*").assertStatus(204);

        assertThat(replaced.header("ETag")).isEqualTo("\"2\"");
        assertThat(sponsorApi.get("/api/v1/documents/" + id).assertStatus(200).header("ETag")).isEqualTo("\"2\"");
        assertThat(title(id)).isEqualTo("Whatever was there");
    }

    @Test
    void ifNoneMatchWithTheCurrentETagThenNotModifiedAndWithAnOldOneTheDocument() {
        UUID id = create("Cached");
        change(id, "Cached again", "\"0\"").assertStatus(204);

        Api.Response notModified = sponsorApi.get("/api/v1/documents/" + id, Map.of("If-None-Match", "\"1\""));
        Api.Response stale = sponsorApi.get("/api/v1/documents/" + id, Map.of("If-None-Match", "\"0\""));

        notModified.assertStatus(304).assertNoCookie();
        assertThat(notModified.body()).isEmpty();
        assertThat(notModified.header("ETag")).isEqualTo("\"1\"");
        assertThat(stale.assertStatus(200).json().path("title").asString()).isEqualTo("Cached again");
    }

    @Test
    void malformedBodiesThenBadRequestProblemNeverServerError() {
        UUID id = create("Sturdy");
        int documents = count(sponsorApi);
        List<String> bodies = List.of("{\"title\": ", "not json", "[]", "\"a string\"", "", "{\"title\": {\"nested\": 1}}");

        for (String body : bodies) {
            sponsorApi.post("/api/v1/documents", body).assertProblem(400);
            sponsorApi.put("/api/v1/documents/" + id, body, Map.of("If-Match", "\"0\"")).assertProblem(400);
        }
        sponsorApi.send("POST", "/api/v1/documents", null, Map.of()).assertProblem(400);
        sponsorApi.send("PUT", "/api/v1/documents/" + id, null, Map.of("If-Match", "\"0\"")).assertProblem(400);
        sponsorApi.post("/api/v1/documents", "{\"title\": \"T\", \"editorId\": \"not-a-uuid\"}").assertProblem(400);
        sponsorApi.post("/api/v1/documents", "{}").assertProblem(400);
        sponsorApi.post("/api/v1/documents", json("title", "No editor", "body", "")).assertProblem(400);

        assertThat(count(sponsorApi)).isEqualTo(documents);
        assertThat(title(id)).isEqualTo("Sturdy");
    }

    @Test
    void badCursorOrLimitThenBadRequestWithTheFieldsError() {
        for (String query : List.of("cursor=%21%21%21", "cursor=" + Api.base64("not a place"), "limit=0",
                "limit=101", "limit=many")) {
            Api.Response refused = sponsorApi.get("/api/v1/documents?" + query).assertProblem(400);
            assertThat(refused.error(query.substring(0, query.indexOf('=')))).as(query).isNotBlank();
        }
    }

    // ---------------------------------------------------------------- helpers

    private Api tokenOf(Person person) {
        return api(tokens().issue(person.id(), ApiScope.DOCUMENTS_READ, ApiScope.DOCUMENTS_WRITE));
    }

    private Api editorApi() {
        return tokenOf(editor);
    }

    private UUID create(String title) {
        return create(sponsorApi, title);
    }

    private UUID create(Api sponsor, String title) {
        return UUID.fromString(sponsor.post("/api/v1/documents",
                json("title", title, "body", "", "editorId", editor.id())).assertStatus(201).json().path("id").asString());
    }

    private static int count(Api api) {
        return api.get("/api/v1/documents?limit=100").assertStatus(200).json().path("items").size();
    }

    private Api.Response change(UUID id, String title, String ifMatch) {
        return sponsorApi.put("/api/v1/documents/" + id, json("title", title, "body", ""), Map.of("If-Match", ifMatch));
    }

    private String title(UUID id) {
        return sponsorApi.get("/api/v1/documents/" + id).assertStatus(200).json().path("title").asString();
    }
}

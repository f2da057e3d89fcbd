package io.gatehouse.web.security;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario.Person;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A sponsor sees only their own documents, an editor only those assigned to them: anyone else gets 404. */
class DocumentAccessTest extends IntegrationTest {

    @Test
    void documentWhenOtherSponsorThenNotFoundAndUnchanged() {
        Person editor = scenario().active(Role.EDITOR);
        Person owner = scenario().active(Role.SPONSOR);
        UUID document = create(owner, editor.id(), "Owner's plan");
        Person other = scenario().active(Role.SPONSOR);
        other.browser().get("/sponsor/dashboard").assertStatus(200);

        Expect.htmlErrorPage(other.browser().get("/sponsor/documents/" + document), 404);
        Expect.htmlErrorPage(other.browser().post("/sponsor/documents/" + document,
                Map.of("title", "Hijacked", "body", "x")), 404);
        Expect.htmlErrorPage(other.browser().post("/sponsor/documents/" + document + "/reassign",
                Map.of("editorId", editor.id().toString())), 404);
        assertThat(other.browser().get("/sponsor/documents").assertStatus(200).body()).doesNotContain(document.toString());

        assertThat(owner.browser().get("/sponsor/documents/" + document).assertStatus(200).html()
                .selectFirst("h1").text()).isEqualTo("Owner's plan");
    }

    @Test
    void documentWhenEditorNotAssignedThenNotFoundAndUnchanged() {
        Person assigned = scenario().active(Role.EDITOR);
        Person stranger = scenario().active(Role.EDITOR);
        Person owner = scenario().active(Role.SPONSOR);
        UUID document = create(owner, assigned.id(), "Assigned only");
        stranger.browser().get("/editor/dashboard").assertStatus(200);

        Expect.htmlErrorPage(stranger.browser().get("/editor/documents/" + document), 404);
        Expect.htmlErrorPage(stranger.browser().post("/editor/documents/" + document,
                Map.of("title", "Hijacked", "body", "x")), 404);

        assertThat(assigned.browser().get("/editor/documents/" + document).assertStatus(200).html()
                .selectFirst("h1").text()).isEqualTo("Assigned only");
    }

    @Test
    void documentWhenReassignedAwayThenFormerEditorNotFoundAtNextRequest() {
        Person first = scenario().active(Role.EDITOR);
        Person second = scenario().active(Role.EDITOR);
        Person owner = scenario().active(Role.SPONSOR);
        UUID document = create(owner, first.id(), "Moving on");
        first.browser().get("/editor/documents/" + document).assertStatus(200);

        owner.browser().get("/sponsor/documents/" + document).assertStatus(200);
        owner.browser().post("/sponsor/documents/" + document + "/reassign",
                Map.of("editorId", second.id().toString())).assertStatus(303);

        Expect.htmlErrorPage(first.browser().get("/editor/documents/" + document), 404);
        Expect.htmlErrorPage(first.browser().post("/editor/documents/" + document,
                Map.of("title", "Too late", "body", "x")), 404);
        second.browser().get("/editor/documents/" + document).assertStatus(200);
    }

    @Test
    void documentWhenAssignedToNonEditorOrSuspendedEditorThenRefused() {
        Person owner = scenario().active(Role.SPONSOR);
        Person otherSponsor = scenario().active(Role.SPONSOR);
        Person pendingEditor = scenario().signUp(Role.EDITOR);
        Person suspendedEditor = scenario().active(Role.EDITOR);
        scenario().adminAct(suspendedEditor.id(), "suspend", Map.of("reason", "out")).assertStatus(303);

        for (UUID target : new UUID[] {otherSponsor.id(), pendingEditor.id(), suspendedEditor.id(), UUID.randomUUID()}) {
            owner.browser().get("/sponsor/documents/new").assertStatus(200);
            Browser.Response response = owner.browser().post("/sponsor/documents/new",
                    Map.of("title", "To " + target, "body", "b", "editorId", target.toString()));
            assertThat(response.status()).as("create for %s", target).isEqualTo(400);
            assertThat(response.text()).contains("Choose an active editor.");
        }
        assertThat(owner.browser().get("/sponsor/documents").assertStatus(200).text()).doesNotContain("To ");
    }

    @Test
    void documentWhenSponsorSuspendedThenDocumentsOutOfReach() {
        Person editor = scenario().active(Role.EDITOR);
        Person owner = scenario().active(Role.SPONSOR);
        UUID document = create(owner, editor.id(), "Frozen");
        scenario().adminAct(owner.id(), "suspend", Map.of("reason", "stop")).assertStatus(303);

        Expect.notReached(owner.browser().get("/sponsor/documents/" + document));
        Browser again = scenario().signIn(owner.email(), PASSWORD);
        Expect.redirectTo(again.get("/sponsor/documents/" + document), "/account/status");
        again.get("/account/status").assertStatus(200);
        Expect.notReached(again.post("/sponsor/documents/" + document, Map.of("title", "Edited anyway", "body", "x")));
        assertThat(editor.browser().get("/editor/documents/" + document).assertStatus(200).html()
                .selectFirst("h1").text()).isEqualTo("Frozen");
    }

    private UUID create(Person sponsor, UUID editorId, String title) {
        sponsor.browser().get("/sponsor/documents/new").assertStatus(200);
        Browser.Response created = sponsor.browser().post("/sponsor/documents/new",
                Map.of("title", title, "body", "Body of " + title, "editorId", editorId.toString()));
        created.assertStatus(303);
        return UUID.fromString(created.location().substring("/sponsor/documents/".length()));
    }
}

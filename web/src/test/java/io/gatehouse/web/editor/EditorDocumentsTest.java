package io.gatehouse.web.editor;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario.Person;
import io.gatehouse.web.document.DocumentPages;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The editor area over HTTP: the documents assigned to an editor, and editing them. */
class EditorDocumentsTest extends IntegrationTest {

    @Test
    void editByEditorThenSeeOtherAndTheSponsorSeesTheChange() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        UUID id = scenario().createDocument(sponsor, editor.id(), "Rough", "rough body");

        Browser.Response page = editor.browser().get("/editor/documents/" + id).assertStatus(200);
        assertThat(page.html().selectFirst("h1").text()).isEqualTo("Rough");
        assertThat(page.html().selectFirst("dl.facts").text()).contains(sponsor.email());
        Browser.Response saved = editor.browser().post("/editor/documents/" + id,
                DocumentPages.withVersionOf(page, Map.of("title", "Polished", "body", "polished body")));

        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.location()).isEqualTo("/editor/documents/" + id);
        Browser.Response after = editor.browser().get("/editor/documents/" + id).assertStatus(200);
        assertThat(after.html().selectFirst("p.flash.notice").text()).isEqualTo("Document saved.");
        assertThat(after.html().selectFirst("h1").text()).isEqualTo("Polished");
        Browser.Response sponsorsView = sponsor.browser().get("/sponsor/documents/" + id).assertStatus(200);
        assertThat(sponsorsView.html().selectFirst("h1").text()).isEqualTo("Polished");
        assertThat(sponsorsView.html().selectFirst("textarea[name=body]").text()).isEqualTo("polished body");
        assertThat(sponsor.browser().get("/sponsor/documents").assertStatus(200)
                .html().selectFirst("a[href=/sponsor/documents/" + id + "]").text()).isEqualTo("Polished");
    }

    @Test
    void editByEditorThroughTheEditAliasThenSaved() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        UUID id = scenario().createDocument(sponsor, editor.id(), "Alias", "a");

        Browser.Response saved = DocumentPages.save(editor.browser(), "/editor/documents/" + id,
                "/editor/documents/" + id + "/edit", Map.of("title", "Alias edited", "body", "b"));

        assertThat(saved.status()).isEqualTo(303);
        assertThat(sponsor.browser().get("/sponsor/documents/" + id).assertStatus(200)
                .html().selectFirst("h1").text()).isEqualTo("Alias edited");
    }

    @Test
    void editByEditorWhenTitleBlankThenRefusedWithMessageAndUnchanged() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        UUID id = scenario().createDocument(sponsor, editor.id(), "Stable", "stable body");

        Browser.Response refused = DocumentPages.save(editor.browser(),
                "/editor/documents/" + id, "/editor/documents/" + id,
                Map.of("title", "  ", "body", "typed body"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html().selectFirst("#title-error").text()).isEqualTo("A title is required.");
        assertThat(refused.html().selectFirst("textarea[name=body]").text()).isEqualTo("typed body");
        Browser.Response page = sponsor.browser().get("/sponsor/documents/" + id).assertStatus(200);
        assertThat(page.html().selectFirst("h1").text()).isEqualTo("Stable");
        assertThat(page.html().selectFirst("textarea[name=body]").text()).isEqualTo("stable body");
    }

    @Test
    void editByEditorWhenBodyTooLongThenRefused() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        UUID id = scenario().createDocument(sponsor, editor.id(), "Short", "short");

        Browser.Response refused = DocumentPages.save(editor.browser(),
                "/editor/documents/" + id, "/editor/documents/" + id,
                Map.of("title", "Short", "body", "x".repeat(20_001)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html().selectFirst("#body-error").text())
                .isEqualTo("A body can be at most 20000 characters long.");
        assertThat(sponsor.browser().get("/sponsor/documents/" + id).assertStatus(200)
                .html().selectFirst("textarea[name=body]").text()).isEqualTo("short");
    }

    @Test
    void anUnrelatedEditorGetsNotFoundForViewAndEdit() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        Person unrelated = scenario().active(Role.EDITOR);
        // a word no page of the app prints by itself, so finding it means the document leaked
        UUID id = scenario().createDocument(sponsor, editor.id(), "Not yours", "quartz-heron-7f3a");
        unrelated.browser().get("/editor/documents").assertStatus(200);

        assertThat(unrelated.browser().get("/editor/documents/" + id).status()).isEqualTo(404);
        Browser.Response edit = unrelated.browser().post("/editor/documents/" + id,
                Map.of("title", "Taken over", "body", "x"));

        assertThat(edit.status()).isEqualTo(404);
        assertThat(edit.body()).doesNotContain("quartz-heron-7f3a");
        assertThat(editor.browser().get("/editor/documents/" + id).assertStatus(200)
                .html().selectFirst("h1").text()).isEqualTo("Not yours");
        assertThat(documentIds(unrelated.browser().get("/editor/documents").assertStatus(200))).doesNotContain(id);
    }

    @Test
    void theSponsorCannotUseTheEditorsUrlAndTheEditorCannotUseTheSponsors() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        UUID id = scenario().createDocument(sponsor, editor.id(), "Two doors", "body");

        assertThat(sponsor.browser().get("/editor/documents/" + id).status()).isEqualTo(403);
        assertThat(editor.browser().get("/sponsor/documents/" + id).status()).isEqualTo(403);
    }

    @Test
    void unknownOrMalformedDocumentIdThenNotFound() {
        Person editor = scenario().active(Role.EDITOR);

        assertThat(editor.browser().get("/editor/documents/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(editor.browser().get("/editor/documents/nope").status()).isEqualTo(404);
        editor.browser().get("/editor/documents").assertStatus(200);
        assertThat(editor.browser().post("/editor/documents/" + UUID.randomUUID(),
                Map.of("title", "T", "body", "B")).status()).isEqualTo(404);
    }

    @Test
    void documentsListOnlyWhatIsAssignedToTheEditor() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        Person otherEditor = scenario().active(Role.EDITOR);
        UUID mine = scenario().createDocument(sponsor, editor.id(), "Mine", "m");
        UUID theirs = scenario().createDocument(sponsor, otherEditor.id(), "Theirs", "t");

        Browser.Response list = editor.browser().get("/editor/documents").assertStatus(200);

        assertThat(documentIds(list)).containsExactly(mine);
        assertThat(list.text()).contains("Mine").doesNotContain("Theirs");
        assertThat(documentIds(otherEditor.browser().get("/editor/documents").assertStatus(200)))
                .containsExactly(theirs);
    }

    @Test
    void documentsWhenNoneAssignedThenEmptyState() {
        Person editor = scenario().active(Role.EDITOR);

        Browser.Response list = editor.browser().get("/editor/documents").assertStatus(200);

        assertThat(list.html().selectFirst("td.empty").text()).isEqualTo("No document is assigned to you yet.");
        assertThat(documentIds(list)).isEmpty();
        assertThat(editor.browser().get("/editor/dashboard").assertStatus(200).text())
                .contains("No document is assigned to you yet.");
    }

    @Test
    void editorAreaWhenPendingThenStatusPage() {
        Person pending = scenario().signUp(Role.EDITOR);

        Browser.Response redirected = pending.browser().get("/editor/documents");

        assertThat(redirected.status()).isBetween(300, 399);
        assertThat(redirected.location()).isEqualTo("/account/status");
    }

    @Test
    void editByEditorIsRecordedOnTheAuditTrailWithTheEditorAsActor() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        UUID id = scenario().createDocument(sponsor, editor.id(), "Trail", "t");
        DocumentPages.save(editor.browser(), "/editor/documents/" + id, "/editor/documents/" + id,
                Map.of("title", "Trail edited", "body", "t2")).assertStatus(303);

        Browser.Response audit = scenario().rootAdmin().browser()
                .get("/audit?type=DocumentEdited&actor=" + editor.email()).assertStatus(200);
        List<Element> rows = audit.html().select("table.history tbody tr");

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).child(1).attr("data-subject-id")).isEqualTo(id.toString());
        assertThat(rows.get(0).child(2).text()).isEqualTo("Document edited");
        assertThat(rows.get(0).child(3).text()).contains("Trail edited");
        assertThat(rows.get(0).child(4).text()).isEqualTo(editor.email());
    }

    private static List<UUID> documentIds(Browser.Response list) {
        String prefix = "/editor/documents/";
        return list.html().select("table.list tbody a[href^=" + prefix + "]").stream()
                .map(a -> UUID.fromString(a.attr("href").substring(prefix.length()))).toList();
    }
}

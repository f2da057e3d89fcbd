package io.gatehouse.web.sponsor;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario.Person;
import io.gatehouse.web.document.DocumentPages;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The sponsor area over HTTP: creating, listing, editing and reassigning documents, and what is refused. */
class SponsorDocumentsTest extends IntegrationTest {

    private static final String CHOOSE_AN_ACTIVE_EDITOR = "Choose an active editor.";

    // ---------------------------------------------------------------- creating

    @Test
    void createWhenValidThenSeeOtherToTheDocumentWithItsContent() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);

        Browser.Response created = sponsor.browser().submit("/sponsor/documents/new", "/sponsor/documents/new",
                Map.of("title", "Quarterly report", "body", "Numbers go here.", "editorId", editor.id().toString()));

        assertThat(created.status()).isEqualTo(303);
        assertThat(created.location()).matches("/sponsor/documents/[0-9a-f-]{36}");
        UUID id = UUID.fromString(created.location().substring("/sponsor/documents/".length()));
        Browser.Response page = sponsor.browser().get(created.location()).assertStatus(200);
        assertThat(page.html().selectFirst("h1").text()).isEqualTo("Quarterly report");
        assertThat(page.html().selectFirst("textarea[name=body]").text()).isEqualTo("Numbers go here.");
        assertThat(page.html().selectFirst("input[name=title]").attr("value")).isEqualTo("Quarterly report");
        assertThat(page.html().selectFirst("p.flash.notice").text()).isEqualTo("Document created and assigned.");
        assertThat(page.text()).contains(editor.email());
        assertThat(page.html().selectFirst("form[action=/sponsor/documents/" + id + "]")).isNotNull();
    }

    @Test
    void createWhenValidThenListedForTheSponsorAndTheEditor() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);

        UUID id = scenario().createDocument(sponsor, editor.id(), "Listed everywhere", "body");

        Browser.Response mine = sponsor.browser().get("/sponsor/documents").assertStatus(200);
        assertThat(documentIds(mine, "/sponsor/documents/")).containsExactly(id);
        assertThat(mine.html().selectFirst("a[href=/sponsor/documents/" + id + "]").text()).isEqualTo("Listed everywhere");
        assertThat(mine.text()).contains(editor.email());

        Browser.Response assigned = editor.browser().get("/editor/documents").assertStatus(200);
        assertThat(documentIds(assigned, "/editor/documents/")).containsExactly(id);
        assertThat(assigned.text()).contains("Listed everywhere").contains(sponsor.email());
        editor.browser().get("/editor/documents/" + id).assertStatus(200);

        assertThat(sponsor.browser().get("/sponsor/dashboard").assertStatus(200)
                .html().selectFirst("a.count[href=/sponsor/documents] strong").text()).isEqualTo("1");
        assertThat(editor.browser().get("/editor/dashboard").assertStatus(200)
                .html().selectFirst("a.count[href=/editor/documents] strong").text()).isEqualTo("1");
    }

    @Test
    void createWhenTitleHasSurroundingSpacesThenStoredStripped() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);

        UUID id = scenario().createDocument(sponsor, editor.id(), "   Padded title  ", "");

        Browser.Response page = sponsor.browser().get("/sponsor/documents/" + id).assertStatus(200);
        assertThat(page.html().selectFirst("h1").text()).isEqualTo("Padded title");
        assertThat(page.html().selectFirst("input[name=title]").attr("value")).isEqualTo("Padded title");
    }

    @Test
    void createWhenTitleContainsMarkupThenItIsEscaped() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);

        UUID id = scenario().createDocument(sponsor, editor.id(), "<script>alert(1)</script>", "<b>bold</b>");

        Browser.Response page = sponsor.browser().get("/sponsor/documents/" + id).assertStatus(200);
        assertThat(page.body()).doesNotContain("<script>alert(1)").doesNotContain("<b>bold</b>");
        assertThat(page.html().selectFirst("h1").text()).isEqualTo("<script>alert(1)</script>");
        assertThat(editor.browser().get("/editor/documents").assertStatus(200).body())
                .doesNotContain("<script>alert(1)");
    }

    @Test
    void createWhenTitleBlankThenFormAgainWithMessageAndNothingCreated() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);

        Browser.Response refused = create(sponsor, "   ", "kept body", editor.id().toString());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(problem(refused)).isEqualTo("A title is required.");
        assertThat(refused.html().selectFirst("textarea[name=body]").text()).isEqualTo("kept body");
        assertThat(refused.html().selectFirst("option[value=" + editor.id() + "]").hasAttr("selected")).isTrue();
        assertNothingCreatedBy(sponsor);
    }

    @Test
    void createWhenTitleTooLongThenRefusedAndNothingCreated() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);

        Browser.Response refused = create(sponsor, "x".repeat(201), "", editor.id().toString());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(problem(refused)).isEqualTo("A title can be at most 200 characters long.");
        assertNothingCreatedBy(sponsor);
        assertThat(create(sponsor, "y".repeat(200), "", editor.id().toString()).status()).isEqualTo(303);
    }

    @Test
    void createWhenEditorIsPendingThenRefused() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person pending = scenario().signUp(Role.EDITOR);

        assertCreateRefusedForEditor(sponsor, pending.id().toString());
    }

    @Test
    void createWhenEditorIdIsARandomUuidThenRefused() {
        Person sponsor = scenario().active(Role.SPONSOR);

        assertCreateRefusedForEditor(sponsor, UUID.randomUUID().toString());
    }

    @Test
    void createWhenEditorIdIsGarbageThenRefused() {
        Person sponsor = scenario().active(Role.SPONSOR);

        assertCreateRefusedForEditor(sponsor, "not-a-uuid");
    }

    @Test
    void createWhenEditorIdIsBlankThenRefused() {
        Person sponsor = scenario().active(Role.SPONSOR);

        assertCreateRefusedForEditor(sponsor, "");
    }

    @Test
    void createWhenEditorIdIsMissingThenRefused() {
        Person sponsor = scenario().active(Role.SPONSOR);

        sponsor.browser().get("/sponsor/documents/new").assertStatus(200);
        Browser.Response refused = sponsor.browser().post("/sponsor/documents/new", Map.of("title", "T", "body", "B"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(problem(refused)).isEqualTo(CHOOSE_AN_ACTIVE_EDITOR);
        assertNothingCreatedBy(sponsor);
    }

    @Test
    void createWhenEditorIsAnActiveSponsorThenRefused() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person otherSponsor = scenario().active(Role.SPONSOR);

        assertCreateRefusedForEditor(sponsor, otherSponsor.id().toString());
    }

    @Test
    void createWhenEditorIsSuspendedThenRefused() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        scenario().adminAct(editor.id(), "suspend", Map.of("reason", "away")).assertStatus(303);

        assertCreateRefusedForEditor(sponsor, editor.id().toString());
    }

    @Test
    void createWhenNoCsrfTokenThenForbiddenAndNothingCreated() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);

        Browser.Response refused = sponsor.browser().postRaw("/sponsor/documents/new",
                Map.of("title", "No token", "body", "", "editorId", editor.id().toString()));

        assertThat(refused.status()).isEqualTo(403);
        assertNothingCreatedBy(sponsor);
    }

    // ---------------------------------------------------------------- editing and reassigning

    @Test
    void editBySponsorThenSponsorAndEditorSeeTheChange() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        UUID id = scenario().createDocument(sponsor, editor.id(), "First draft", "old body");

        Browser.Response saved = DocumentPages.save(sponsor.browser(),
                "/sponsor/documents/" + id, "/sponsor/documents/" + id,
                Map.of("title", "Second draft", "body", "new body"));

        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.location()).isEqualTo("/sponsor/documents/" + id);
        Browser.Response page = sponsor.browser().get("/sponsor/documents/" + id).assertStatus(200);
        assertThat(page.html().selectFirst("h1").text()).isEqualTo("Second draft");
        assertThat(page.html().selectFirst("textarea[name=body]").text()).isEqualTo("new body");
        assertThat(page.html().selectFirst("p.flash.notice").text()).isEqualTo("Document saved.");
        Browser.Response editorsView = editor.browser().get("/editor/documents/" + id).assertStatus(200);
        assertThat(editorsView.html().selectFirst("h1").text()).isEqualTo("Second draft");
        assertThat(editorsView.html().selectFirst("textarea[name=body]").text()).isEqualTo("new body");
    }

    @Test
    void editBySponsorWhenTitleBlankThenRefusedAndDocumentUnchanged() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        UUID id = scenario().createDocument(sponsor, editor.id(), "Keep me", "keep body");

        Browser.Response refused = DocumentPages.save(sponsor.browser(),
                "/sponsor/documents/" + id, "/sponsor/documents/" + id,
                Map.of("title", "", "body", "changed body"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html().selectFirst("#title-error").text()).isEqualTo("A title is required.");
        Browser.Response page = sponsor.browser().get("/sponsor/documents/" + id).assertStatus(200);
        assertThat(page.html().selectFirst("h1").text()).isEqualTo("Keep me");
        assertThat(page.html().selectFirst("textarea[name=body]").text()).isEqualTo("keep body");
    }

    @Test
    void reassignThenOldEditorLosesTheDocumentAndNewEditorGetsIt() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person oldEditor = scenario().active(Role.EDITOR);
        Person newEditor = scenario().active(Role.EDITOR);
        UUID id = scenario().createDocument(sponsor, oldEditor.id(), "Handed over", "body");
        oldEditor.browser().get("/editor/documents/" + id).assertStatus(200);
        newEditor.browser().get("/editor/documents/" + id).assertStatus(404);

        Browser.Response reassigned = reassign(sponsor, id, newEditor.id().toString());

        assertThat(reassigned.status()).isEqualTo(303);
        assertThat(reassigned.location()).isEqualTo("/sponsor/documents/" + id);
        assertThat(oldEditor.browser().get("/editor/documents/" + id).status()).isEqualTo(404);
        assertThat(documentIds(oldEditor.browser().get("/editor/documents").assertStatus(200), "/editor/documents/"))
                .isEmpty();
        newEditor.browser().get("/editor/documents/" + id).assertStatus(200);
        assertThat(documentIds(newEditor.browser().get("/editor/documents").assertStatus(200), "/editor/documents/"))
                .containsExactly(id);
        Browser.Response page = sponsor.browser().get("/sponsor/documents/" + id).assertStatus(200);
        assertThat(page.html().selectFirst("p.flash.notice").text()).isEqualTo("Document reassigned.");
        assertThat(page.html().selectFirst("dl.facts").text()).contains(newEditor.email())
                .doesNotContain(oldEditor.email());
    }

    @Test
    void reassignThenOldEditorCannotEditAnyMore() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person oldEditor = scenario().active(Role.EDITOR);
        Person newEditor = scenario().active(Role.EDITOR);
        UUID id = scenario().createDocument(sponsor, oldEditor.id(), "Before", "body");
        oldEditor.browser().get("/editor/documents/" + id).assertStatus(200);
        reassign(sponsor, id, newEditor.id().toString()).assertStatus(303);

        Browser.Response refused = oldEditor.browser().post("/editor/documents/" + id,
                Map.of("title", "Sneaky", "body", "sneaky"));

        assertThat(refused.status()).isEqualTo(404);
        assertThat(sponsor.browser().get("/sponsor/documents/" + id).html().selectFirst("h1").text())
                .isEqualTo("Before");
    }

    @Test
    void reassignWhenEditorIsPendingOrUnknownOrGarbageThenRefusedAndAssignmentKept() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        Person pending = scenario().signUp(Role.EDITOR);
        UUID id = scenario().createDocument(sponsor, editor.id(), "Stays put", "body");

        for (String editorId : List.of(pending.id().toString(), UUID.randomUUID().toString(), "garbage", "")) {
            Browser.Response refused = reassign(sponsor, id, editorId);
            assertThat(refused.status()).as("reassign to %s", editorId).isEqualTo(400);
            assertThat(problem(refused)).as("reassign to %s", editorId).isEqualTo(CHOOSE_AN_ACTIVE_EDITOR);
        }

        editor.browser().get("/editor/documents/" + id).assertStatus(200);
        assertThat(pending.browser().get("/editor/documents/" + id).status()).isNotEqualTo(200);
        assertThat(auditActions(id)).containsExactly("Document created");
    }

    @Test
    void reassignToTheCurrentEditorThenConflict() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        UUID id = scenario().createDocument(sponsor, editor.id(), "Same editor", "body");

        Browser.Response refused = reassign(sponsor, id, editor.id().toString());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(problem(refused)).isEqualTo("The document is already assigned to that editor.");
        assertThat(auditActions(id)).containsExactly("Document created");
    }

    // ---------------------------------------------------------------- who may see what

    @Test
    void anotherSponsorAndAnUnrelatedEditorGetNotFound() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        Person stranger = scenario().active(Role.SPONSOR);
        Person unrelatedEditor = scenario().active(Role.EDITOR);
        UUID id = scenario().createDocument(sponsor, editor.id(), "Private", "secret body");

        assertThat(stranger.browser().get("/sponsor/documents/" + id).status()).isEqualTo(404);
        assertThat(unrelatedEditor.browser().get("/editor/documents/" + id).status()).isEqualTo(404);
        assertThat(documentIds(stranger.browser().get("/sponsor/documents").assertStatus(200), "/sponsor/documents/"))
                .doesNotContain(id);
        assertThat(documentIds(unrelatedEditor.browser().get("/editor/documents").assertStatus(200),
                "/editor/documents/")).doesNotContain(id);
        Browser.Response notFound = stranger.browser().get("/sponsor/documents/" + id);
        assertThat(notFound.body()).doesNotContain("Private").doesNotContain("secret body");
    }

    @Test
    void editByAStrangerSponsorThenNotFoundAndDocumentUnchanged() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        Person stranger = scenario().active(Role.SPONSOR);
        Person otherEditor = scenario().active(Role.EDITOR);
        UUID id = scenario().createDocument(sponsor, editor.id(), "Untouched", "untouched body");
        stranger.browser().get("/sponsor/documents").assertStatus(200);

        Browser.Response edit = stranger.browser().post("/sponsor/documents/" + id,
                Map.of("title", "Hijacked", "body", "hijacked"));
        Browser.Response editAlias = stranger.browser().post("/sponsor/documents/" + id + "/edit",
                Map.of("title", "Hijacked", "body", "hijacked"));
        Browser.Response move = stranger.browser().post("/sponsor/documents/" + id + "/reassign",
                Map.of("editorId", otherEditor.id().toString()));

        assertThat(edit.status()).isEqualTo(404);
        assertThat(editAlias.status()).isEqualTo(404);
        assertThat(move.status()).isEqualTo(404);
        Browser.Response page = sponsor.browser().get("/sponsor/documents/" + id).assertStatus(200);
        assertThat(page.html().selectFirst("h1").text()).isEqualTo("Untouched");
        editor.browser().get("/editor/documents/" + id).assertStatus(200);
        assertThat(auditActions(id)).containsExactly("Document created");
    }

    @Test
    void unknownOrMalformedDocumentIdThenNotFound() {
        Person sponsor = scenario().active(Role.SPONSOR);

        assertThat(sponsor.browser().get("/sponsor/documents/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(sponsor.browser().get("/sponsor/documents/not-a-uuid").status()).isEqualTo(404);
        sponsor.browser().get("/sponsor/documents").assertStatus(200);
        assertThat(sponsor.browser().post("/sponsor/documents/" + UUID.randomUUID(),
                Map.of("title", "T", "body", "B")).status()).isEqualTo(404);
        assertThat(sponsor.browser().post("/sponsor/documents/" + UUID.randomUUID() + "/reassign",
                Map.of("editorId", UUID.randomUUID().toString())).status()).isEqualTo(404);
    }

    @Test
    void sponsorAreaWhenPendingThenStatusPageAndWhenEditorThenForbidden() {
        Person pending = scenario().signUp(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);

        Browser.Response redirected = pending.browser().get("/sponsor/documents");
        assertThat(redirected.status()).isBetween(300, 399);
        assertThat(redirected.location()).isEqualTo("/account/status");
        assertThat(editor.browser().get("/sponsor/documents").status()).isEqualTo(403);
        assertThat(browser().get("/sponsor/documents").location()).isEqualTo("/login");
    }

    // ---------------------------------------------------------------- lists

    @Test
    void documentsWhenNoneThenEmptyStateAndNoPaging() {
        Person sponsor = scenario().active(Role.SPONSOR);

        Browser.Response list = sponsor.browser().get("/sponsor/documents").assertStatus(200);

        assertThat(list.html().selectFirst("td.empty").text()).contains("No documents yet.");
        assertThat(documentIds(list, "/sponsor/documents/")).isEmpty();
        assertThat(list.html().selectFirst("nav.paging")).isNull();
        assertThat(sponsor.browser().get("/sponsor/dashboard").assertStatus(200).text()).contains("No documents yet.");
    }

    @Test
    void documentsWhenMoreThanAPageThenTwentyNewestFirstAndANextLink() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        List<UUID> created = new ArrayList<>();
        for (int i = 1; i <= 21; i++) {
            created.add(scenario().createDocument(sponsor, editor.id(), "Document " + i, "body " + i));
        }
        List<UUID> newestFirst = new ArrayList<>(created);
        Collections.reverse(newestFirst);

        Browser.Response first = sponsor.browser().get("/sponsor/documents").assertStatus(200);
        assertThat(first.html().select("table.list tbody tr")).hasSize(20);
        assertThat(documentIds(first, "/sponsor/documents/")).containsExactlyElementsOf(newestFirst.subList(0, 20));
        Element next = first.html().selectFirst("nav.paging a[rel=next]");
        assertThat(next).isNotNull();
        assertThat(next.attr("href")).isEqualTo("/sponsor/documents?page=1");
        assertThat(first.html().selectFirst("nav.paging a[rel=prev]")).isNull();
        assertThat(first.html().selectFirst("nav.paging").text()).contains("Page 1 of 2").contains("21 in all");
        assertThat(sponsor.browser().get("/sponsor/documents?page=0").assertStatus(200).html()
                .select("table.list tbody tr")).hasSize(20);

        Browser.Response second = sponsor.browser().get(next.attr("href")).assertStatus(200);
        assertThat(documentIds(second, "/sponsor/documents/")).containsExactly(created.get(0));
        assertThat(second.html().selectFirst("nav.paging a[rel=next]")).isNull();
        assertThat(second.html().selectFirst("nav.paging a[rel=prev]").attr("href"))
                .isEqualTo("/sponsor/documents?page=0");

        assertThat(documentIds(editor.browser().get("/editor/documents").assertStatus(200), "/editor/documents/"))
                .hasSize(20);
        assertThat(sponsor.browser().get("/sponsor/dashboard").assertStatus(200)
                .html().selectFirst("a.count[href=/sponsor/documents] strong").text()).isEqualTo("21");
    }

    @Test
    void documentsWhenPageParameterIsOutOfRangeOrMalformedThenNoServerError() {
        Person sponsor = scenario().active(Role.SPONSOR);

        assertThat(sponsor.browser().get("/sponsor/documents?page=-3").status()).isEqualTo(200);
        assertThat(sponsor.browser().get("/sponsor/documents?page=999999").status()).isEqualTo(200);
        assertThat(sponsor.browser().get("/sponsor/documents?page=abc").status()).isEqualTo(400);
        assertThat(sponsor.browser().get("/sponsor/documents?page=99999999999").status()).isEqualTo(400);
    }

    @Test
    void dashboardsCountOneDocumentThenTwoDocuments() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        assertThat(count(sponsor, "/sponsor/dashboard", "/sponsor/documents")).isEqualTo("0 documents");

        scenario().createDocument(sponsor, editor.id(), "Only one", "body");
        assertThat(count(sponsor, "/sponsor/dashboard", "/sponsor/documents")).isEqualTo("1 document");
        assertThat(count(editor, "/editor/dashboard", "/editor/documents")).isEqualTo("1 document assigned to you");

        scenario().createDocument(sponsor, editor.id(), "And another", "body");
        assertThat(count(sponsor, "/sponsor/dashboard", "/sponsor/documents")).isEqualTo("2 documents");
        assertThat(count(editor, "/editor/dashboard", "/editor/documents")).isEqualTo("2 documents assigned to you");
    }

    @Test
    void documentPageWhenAnotherActiveEditorThenReassignEnabledAndAPostWithoutAChoiceRefused() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        scenario().active(Role.EDITOR);
        UUID id = scenario().createDocument(sponsor, editor.id(), "Movable", "body");

        Browser.Response page = sponsor.browser().get("/sponsor/documents/" + id).assertStatus(200);
        assertThat(page.html().selectFirst("form[action$=/reassign] button").hasAttr("disabled")).isFalse();

        Browser.Response refused = sponsor.browser().post("/sponsor/documents/" + id + "/reassign", Map.of());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(problem(refused)).isEqualTo(CHOOSE_AN_ACTIVE_EDITOR);
        assertThat(auditActions(id)).containsExactly("Document created");
    }

    /** A dashboard's count box, as people read it: number and noun. */
    private static String count(Person person, String dashboard, String link) {
        Element box = person.browser().get(dashboard).assertStatus(200).html().selectFirst("a.count[href=" + link + "]");
        return box.selectFirst("strong").text() + " " + box.selectFirst("span").text();
    }

    // ---------------------------------------------------------------- audit

    @Test
    void documentEventsAppearOnTheAuditTrail() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        Person newEditor = scenario().active(Role.EDITOR);
        UUID id = scenario().createDocument(sponsor, editor.id(), "Audited", "body");
        DocumentPages.save(editor.browser(), "/editor/documents/" + id, "/editor/documents/" + id,
                Map.of("title", "Audited by editor", "body", "b2")).assertStatus(303);
        DocumentPages.save(sponsor.browser(), "/sponsor/documents/" + id, "/sponsor/documents/" + id,
                Map.of("title", "Audited by sponsor", "body", "b3")).assertStatus(303);
        reassign(sponsor, id, newEditor.id().toString()).assertStatus(303);

        List<Element> rows = auditRows("/audit?account=" + id);

        assertThat(rows).extracting(r -> r.child(2).text()).containsExactly(
                "Document reassigned", "Document edited", "Document edited", "Document created");
        assertThat(rows).extracting(r -> r.child(4).text()).containsExactly(
                sponsor.email(), sponsor.email(), editor.email(), sponsor.email());
        assertThat(rows.get(0).child(3).text()).contains(editor.email()).contains(newEditor.email());
        assertThat(rows.get(1).child(3).text()).contains("Audited by sponsor");
        assertThat(rows.get(2).child(3).text()).contains("Audited by editor");
        assertThat(rows.get(3).child(3).text()).contains("Audited").contains(editor.email());
        assertThat(rows.get(3).child(1).text()).contains("document").contains("Audited");
        assertThat(rows.get(3).child(1).attr("data-subject-id")).isEqualTo(id.toString());
        assertThat(rows.get(3).child(6).text()).isNotBlank();

        assertThat(auditRows("/audit?type=DocumentCreated&actor=" + sponsor.email()))
                .extracting(r -> r.child(2).text()).containsExactly("Document created");
    }

    // ---------------------------------------------------------------- helpers

    private Browser.Response create(Person sponsor, String title, String body, String editorId) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("body", body);
        fields.put("editorId", editorId);
        return sponsor.browser().submit("/sponsor/documents/new", "/sponsor/documents/new", fields);
    }

    private static Browser.Response reassign(Person sponsor, UUID id, String editorId) {
        sponsor.browser().get("/sponsor/documents/" + id).assertStatus(200);
        return sponsor.browser().post("/sponsor/documents/" + id + "/reassign", Map.of("editorId", editorId));
    }

    private void assertCreateRefusedForEditor(Person sponsor, String editorId) {
        Browser.Response refused = create(sponsor, "Needs an editor", "body", editorId);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(problem(refused)).isEqualTo(CHOOSE_AN_ACTIVE_EDITOR);
        assertThat(refused.html().selectFirst("input[name=title]").attr("value")).isEqualTo("Needs an editor");
        assertNothingCreatedBy(sponsor);
    }

    private void assertNothingCreatedBy(Person sponsor) {
        Browser.Response list = sponsor.browser().get("/sponsor/documents").assertStatus(200);
        assertThat(documentIds(list, "/sponsor/documents/")).isEmpty();
        assertThat(list.html().selectFirst("td.empty")).isNotNull();
        assertThat(auditRows("/audit?type=DocumentCreated&actor=" + sponsor.email())).isEmpty();
    }

    private List<String> auditActions(UUID subject) {
        return auditRows("/audit?account=" + subject).stream().map(r -> r.child(2).text()).toList();
    }

    private List<Element> auditRows(String url) {
        Browser.Response audit = scenario().rootAdmin().browser().get(url).assertStatus(200);
        return audit.html().select("table.history tbody tr").stream()
                .filter(r -> r.selectFirst("td.empty") == null).toList();
    }

    /** The document ids a list links to, in the order listed. */
    static List<UUID> documentIds(Browser.Response list, String prefix) {
        return list.html().select("table.list tbody a[href^=" + prefix + "]").stream()
                .map(a -> a.attr("href").substring(prefix.length()))
                .filter(SponsorDocumentsTest::isUuid)
                .map(UUID::fromString).toList();
    }

    private static boolean isUuid(String text) {
        try {
            return UUID.fromString(text).toString().equals(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** What the page says went wrong: at the marked field when the refusal names one, otherwise at the top. */
    private static String problem(Browser.Response response) {
        Element atField = response.html().selectFirst("p.field-error[id]");
        Element problem = atField != null ? atField : response.html().selectFirst("p.flash.error");
        return problem == null ? null : problem.text();
    }
}

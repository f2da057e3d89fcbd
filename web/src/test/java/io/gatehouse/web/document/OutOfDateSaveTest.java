package io.gatehouse.web.document;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario.Person;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The lost edit, over HTTP: a save from a page opened before someone else's save overwrites nothing. */
class OutOfDateSaveTest extends IntegrationTest {

    private static final String ORIGINAL = "Intro\nThe plan is simple.\nSigned, the sponsor";
    private static final String EDITORS = "Intro\nThe plan is simple, and costed.\nSigned, the sponsor";
    private static final String SPONSORS = "Intro\nThe plan is bold.\nSigned, the sponsor";

    @Test
    void sponsorSavesFromAPageOpenedBeforeTheEditorsSaveThenConflictAndTheEditorsTextStays() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        UUID id = scenario().createDocument(sponsor, editor.id(), "Plan", ORIGINAL);
        Browser.Response sponsorsPage = sponsor.browser().get(sponsorPath(id)).assertStatus(200);
        assertThat(DocumentPages.version(sponsorsPage)).isEqualTo("0");
        DocumentPages.save(editor.browser(), editorPath(id), editorPath(id),
                Map.of("title", "Plan, costed", "body", EDITORS)).assertStatus(303);

        Browser.Response refused = sponsor.browser().post(sponsorPath(id),
                DocumentPages.withVersionOf(sponsorsPage, Map.of("title", "Bold plan", "body", SPONSORS)));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.html().selectFirst("p.flash.error").text())
                .startsWith("Someone saved this document after you opened it");
        assertThat(refused.html().selectFirst("input[name=title]").attr("value")).isEqualTo("Bold plan");
        assertThat(refused.html().selectFirst("textarea[name=body]").wholeText()).isEqualTo(SPONSORS);
        assertThat(DocumentPages.version(refused)).isEqualTo("1");
        Element changes = refused.html().selectFirst("section.out-of-date");
        assertThat(changes.selectFirst("ul.changes li").text()).startsWith("Saved by").contains(editor.email());
        assertThat(changes.selectFirst("ul.changes li time").attr("datetime")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(changes.selectFirst(".diff-title del").text()).contains("Plan");
        assertThat(changes.selectFirst(".diff-title ins").text()).contains("Plan, costed");
        assertThat(changes.select("ol.diff li.removed").eachText()).containsExactly("−The plan is simple.");
        assertThat(changes.select("ol.diff li.added").eachText()).containsExactly("+The plan is simple, and costed.");

        assertThat(body(editor.browser().get(editorPath(id)))).isEqualTo(EDITORS);
        assertThat(auditActions(id)).containsExactly("Document edited", "Document created");
    }

    @Test
    void savingAgainFromTheConflictPageThenTheTypedTextReplacesTheirs() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        UUID id = scenario().createDocument(sponsor, editor.id(), "Plan", ORIGINAL);
        Browser.Response sponsorsPage = sponsor.browser().get(sponsorPath(id)).assertStatus(200);
        DocumentPages.save(editor.browser(), editorPath(id), editorPath(id),
                Map.of("title", "Plan", "body", EDITORS)).assertStatus(303);
        Browser.Response refused = sponsor.browser().post(sponsorPath(id),
                DocumentPages.withVersionOf(sponsorsPage, Map.of("title", "Plan", "body", SPONSORS)));
        refused.assertStatus(409);

        Browser.Response saved = sponsor.browser().post(sponsorPath(id), DocumentPages.withVersionOf(refused,
                Map.of("title", refused.html().selectFirst("input[name=title]").attr("value"),
                        "body", refused.html().selectFirst("textarea[name=body]").wholeText())));

        assertThat(saved.status()).isEqualTo(303);
        assertThat(body(editor.browser().get(editorPath(id)))).isEqualTo(SPONSORS);
        assertThat(auditActions(id)).containsExactly("Document edited", "Document edited", "Document created");
    }

    @Test
    void editorSavesFromAPageOpenedBeforeTheSponsorsSaveThenConflictToo() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        UUID id = scenario().createDocument(sponsor, editor.id(), "Plan", ORIGINAL);
        Browser.Response editorsPage = editor.browser().get(editorPath(id)).assertStatus(200);
        DocumentPages.save(sponsor.browser(), sponsorPath(id), sponsorPath(id),
                Map.of("title", "Plan", "body", SPONSORS)).assertStatus(303);

        Browser.Response refused = editor.browser().post(editorPath(id),
                DocumentPages.withVersionOf(editorsPage, Map.of("title", "Plan", "body", EDITORS)));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.html().selectFirst("textarea[name=body]").wholeText()).isEqualTo(EDITORS);
        assertThat(refused.html().selectFirst("ul.changes").text()).contains(sponsor.email());
        assertThat(refused.html().selectFirst(".out-of-date").text()).contains("Unchanged: Plan");
        assertThat(body(sponsor.browser().get(sponsorPath(id)))).isEqualTo(SPONSORS);
        assertThat(auditActions(id)).containsExactly("Document edited", "Document created");
    }

    @Test
    void saveWhenVersionMissingMalformedOrNeverHadThenBadRequestShowingTheSavedTextAndNothingRecorded() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        UUID id = scenario().createDocument(sponsor, editor.id(), "Plan", ORIGINAL);
        DocumentPages.save(editor.browser(), editorPath(id), editorPath(id),
                Map.of("title", "Plan, costed", "body", EDITORS)).assertStatus(303);

        for (String version : new String[] {null, "", "abc", "-1", "1.5", "99999999999999999999", "7"}) {
            Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of("title", "Typed", "body", "typed body"));
            if (version != null) {
                fields.put("version", version);
            }
            Browser.Response refused = sponsor.browser().post(sponsorPath(id), fields);

            assertThat(refused.status()).as("version %s", version).isEqualTo(400);
            assertThat(refused.html().selectFirst("p.flash.error").text()).as("version %s", version)
                    .startsWith("This form did not say which version of the document it was opened from.");
            assertThat(refused.html().selectFirst("input[name=title]").attr("value")).isEqualTo("Typed");
            assertThat(refused.html().selectFirst("textarea[name=body]").wholeText()).isEqualTo("typed body");
            Element saved = refused.html().selectFirst("section.saved-now");
            assertThat(saved).as("the text the form's version stands for, version %s", version).isNotNull();
            assertThat(saved.selectFirst(".diff-title").text()).isEqualTo("Plan, costed");
            assertThat(saved.select("ol.diff li").eachText()).containsExactlyElementsOf(EDITORS.lines().toList());
            assertThat(DocumentPages.version(refused)).isEqualTo("1");
        }
        assertThat(auditActions(id)).containsExactly("Document edited", "Document created");
    }

    @Test
    void savingAgainAfterBeingShownTheSavedTextThenTheTypedTextReplacesIt() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        UUID id = scenario().createDocument(sponsor, editor.id(), "Plan", ORIGINAL);
        Browser.Response refused = sponsor.browser().post(sponsorPath(id), Map.of("title", "Plan", "body", SPONSORS));
        refused.assertStatus(400);
        DocumentPages.save(editor.browser(), editorPath(id), editorPath(id),
                Map.of("title", "Plan", "body", EDITORS)).assertStatus(303);

        Browser.Response afterTheirs = sponsor.browser().post(sponsorPath(id),
                DocumentPages.withVersionOf(refused, Map.of("title", "Plan", "body", SPONSORS)));
        assertThat(afterTheirs.status()).as("the editor's save came after the sponsor was shown the text").isEqualTo(409);

        Browser.Response saved = sponsor.browser().post(sponsorPath(id),
                DocumentPages.withVersionOf(afterTheirs, Map.of("title", "Plan", "body", SPONSORS)));
        assertThat(saved.status()).isEqualTo(303);
        assertThat(body(editor.browser().get(editorPath(id)))).isEqualTo(SPONSORS);
    }

    @Test
    void savedTextWithMarkupThenTheDiffAndTheSavedTextShowItAsTextNeverAsMarkup() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        UUID id = scenario().createDocument(sponsor, editor.id(), "Plan", ORIGINAL);
        Browser.Response sponsorsPage = sponsor.browser().get(sponsorPath(id)).assertStatus(200);
        String hostile = "Intro\n<script>alert('diff')</script>\nSigned, the sponsor";
        DocumentPages.save(editor.browser(), editorPath(id), editorPath(id),
                Map.of("title", "<img src=x onerror=alert(1)>", "body", hostile)).assertStatus(303);

        Browser.Response conflict = sponsor.browser().post(sponsorPath(id),
                DocumentPages.withVersionOf(sponsorsPage, Map.of("title", "Plan", "body", SPONSORS)));
        Browser.Response unknown = sponsor.browser().post(sponsorPath(id), Map.of("title", "Plan", "body", SPONSORS));

        assertThat(conflict.status()).isEqualTo(409);
        Element diff = conflict.html().selectFirst("section.out-of-date");
        assertThat(diff.select("ol.diff li.added").eachText()).containsExactly("+<script>alert('diff')</script>");
        assertThat(diff.selectFirst(".diff-title ins").text()).isEqualTo("+<img src=x onerror=alert(1)>");
        assertThat(unknown.status()).isEqualTo(400);
        Element saved = unknown.html().selectFirst("section.saved-now");
        assertThat(saved.select("ol.diff li").eachText()).contains("<script>alert('diff')</script>");
        assertThat(saved.selectFirst(".diff-title").text()).isEqualTo("<img src=x onerror=alert(1)>");
        for (Browser.Response page : new Browser.Response[] {conflict, unknown}) {
            assertThat(page.html().select("main script, main img")).isEmpty();
            assertThat(page.body()).doesNotContain("<script>alert").doesNotContain("<img src=x");
        }
    }

    private static String body(Browser.Response page) {
        return page.assertStatus(200).html().selectFirst("textarea[name=body]").wholeText();
    }

    private static String sponsorPath(UUID id) {
        return "/sponsor/documents/" + id;
    }

    private static String editorPath(UUID id) {
        return "/editor/documents/" + id;
    }

    private List<String> auditActions(UUID subject) {
        Browser.Response audit = scenario().rootAdmin().browser().get("/audit?account=" + subject).assertStatus(200);
        return audit.html().select("table.history tbody tr").stream()
                .filter(row -> row.selectFirst("td.empty") == null)
                .map(row -> row.child(2).text()).toList();
    }
}

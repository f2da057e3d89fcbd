package io.gatehouse.web.document;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario.Person;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A save the rules refuse marks the field at fault, with its message under it, and keeps what was typed. */
class RefusedSaveMarksFieldTest extends IntegrationTest {

    @Test
    void sponsorSavesABlankTitleThenTheTitleIsMarkedAndTheBodyKept() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        UUID id = scenario().createDocument(sponsor, editor.id(), "Plan", "First words.");
        String path = "/sponsor/documents/" + id;

        Browser.Response refused = DocumentPages.save(sponsor.browser(), path, path,
                Map.of("title", "   ", "body", "Typed words."));

        assertMarked(refused, "title", "A title is required.");
        assertThat(refused.html().selectFirst("textarea#body").wholeText()).isEqualTo("Typed words.");
        assertThat(refused.html().selectFirst("textarea#body").hasAttr("aria-invalid")).isFalse();
        assertThat(refused.html().selectFirst("#body-error")).isNull();
        assertThat(body(sponsor.browser().get(path))).isEqualTo("First words.");
    }

    @Test
    void editorSavesATitleTooLongThenTheTitleIsMarkedAndKept() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        UUID id = scenario().createDocument(sponsor, editor.id(), "Plan", "First words.");
        String path = "/editor/documents/" + id;
        String title = "t".repeat(201);

        Browser.Response refused = DocumentPages.save(editor.browser(), path, path,
                Map.of("title", title, "body", "Typed words."));

        assertMarked(refused, "title", "A title can be at most 200 characters long.");
        assertThat(refused.html().selectFirst("input#title").attr("value")).isEqualTo(title);
        assertThat(refused.html().selectFirst("textarea#body").wholeText()).isEqualTo("Typed words.");
    }

    @Test
    void editorSavesABodyTooLongThenTheBodyIsMarkedAndKept() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        UUID id = scenario().createDocument(sponsor, editor.id(), "Plan", "First words.");
        String path = "/editor/documents/" + id;
        String body = "b".repeat(20_001);

        Browser.Response refused = DocumentPages.save(editor.browser(), path, path,
                Map.of("title", "Plan", "body", body));

        assertMarked(refused, "body", "A body can be at most 20000 characters long.");
        assertThat(refused.html().selectFirst("textarea#body").wholeText()).isEqualTo(body);
        assertThat(refused.html().selectFirst("input#title").hasAttr("aria-invalid")).isFalse();
        assertThat(body(editor.browser().get(path))).isEqualTo("First words.");
    }

    @Test
    void aNewDocumentWithABlankTitleMarksTheTitleAndKeepsTheRest() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        sponsor.browser().get("/sponsor/documents/new").assertStatus(200);

        Browser.Response refused = sponsor.browser().post("/sponsor/documents/new",
                Map.of("title", " ", "body", "Typed words.", "editorId", editor.id().toString()));

        assertMarked(refused, "title", "A title is required.");
        assertThat(refused.html().selectFirst("textarea#body").wholeText()).isEqualTo("Typed words.");
        assertThat(refused.html().selectFirst("#editorId option[selected]").attr("value")).isEqualTo(editor.id().toString());
    }

    @Test
    void aNewDocumentWithoutAnEditorMarksTheEditorChoice() {
        Person sponsor = scenario().active(Role.SPONSOR);
        sponsor.browser().get("/sponsor/documents/new").assertStatus(200);

        Browser.Response refused = sponsor.browser().post("/sponsor/documents/new",
                Map.of("title", "Plan", "body", "Typed words.", "editorId", UUID.randomUUID().toString()));

        assertMarked(refused, "editorId", "Choose an active editor.");
        assertThat(refused.html().selectFirst("input#title").attr("value")).isEqualTo("Plan");
    }

    private static void assertMarked(Browser.Response refused, String field, String message) {
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html().selectFirst("p.flash.error").text()).isEqualTo("Please correct the marked fields.");
        Element input = refused.html().selectFirst("#" + field);
        assertThat(input.attr("aria-invalid")).isEqualTo("true");
        assertThat(input.attr("aria-describedby")).isEqualTo(field + "-error");
        Element error = input.nextElementSibling();
        assertThat(error.is("p.field-error#" + field + "-error")).as("the message right after the field").isTrue();
        assertThat(error.text()).isEqualTo(message);
    }

    private static String body(Browser.Response page) {
        return page.assertStatus(200).html().selectFirst("textarea[name=body]").wholeText();
    }
}

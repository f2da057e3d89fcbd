package io.gatehouse.web.document;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.web.support.DocumentRow;
import io.gatehouse.web.support.DocumentRow.EditorOption;
import io.gatehouse.web.support.Moment;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sponsor's document page as rendered, for what the shared test database cannot arrange: there is always
 * some other active editor there, so "no other editor" is checked on the template, compiled by the app's own
 * Mustache compiler (its escaping, its defaults and its template loader).
 */
class DocumentTemplatesTest extends IntegrationTest {

    @Autowired
    private Mustache.Compiler compiler;

    @Test
    void sponsorPageWhenNoOtherActiveEditorThenReassignDisabledWithANote() {
        Document page = render("sponsor/document", List.of());

        assertThat(page.selectFirst("form[action$=/reassign] button[type=submit]").hasAttr("disabled")).isTrue();
        assertThat(page.selectFirst("select#editorId").hasAttr("disabled")).isTrue();
        assertThat(page.selectFirst("select#editorId").attr("aria-describedby")).isEqualTo("no-other-editor");
        assertThat(page.selectFirst("#no-other-editor").text()).startsWith("No other active editor");
    }

    @Test
    void sponsorPageWhenAnotherActiveEditorThenReassignEnabled() {
        Document page = render("sponsor/document", List.of(new EditorOption("e2", "Erin <erin@example.test>", false)));

        assertThat(page.selectFirst("form[action$=/reassign] button[type=submit]").hasAttr("disabled")).isFalse();
        assertThat(page.selectFirst("select#editorId").hasAttr("disabled")).isFalse();
        assertThat(page.selectFirst("#no-other-editor")).isNull();
        assertThat(page.select("select#editorId option[value=e2]")).hasSize(1);
    }

    private Document render(String view, List<EditorOption> editors) {
        Template template = compiler.loadTemplate(view);
        Map<String, Object> model = new HashMap<>();
        model.put("document", new DocumentRow("d1", "Plan", "body", "e1", "Eve <eve@example.test>",
                "Sam <sam@example.test>", Moment.of(Instant.parse("2026-11-29T10:31:00Z")),
                Moment.of(Instant.parse("2026-11-29T10:31:00Z"))));
        model.put("title", "Plan");
        model.put("body", "body");
        model.put("version", 3L);
        model.put("editors", editors);
        return Jsoup.parse(template.execute(model));
    }
}

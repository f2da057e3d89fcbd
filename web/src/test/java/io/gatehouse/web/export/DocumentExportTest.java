package io.gatehouse.web.export;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario.Person;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.gatehouse.web.export.Exporting.export;
import static org.assertj.core.api.Assertions.assertThat;

/** "Export as PDF" on the sponsor's and the editor's document pages: who may, and what they get. */
class DocumentExportTest extends IntegrationTest {

    @Test
    void sponsorExportsTheirDocumentThenAPdfDownloadWithItsQuota() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        UUID document = scenario().createDocument(sponsor, editor.id(), "Q3 <report> & notes", "Body text.");

        Browser.Response page = sponsor.browser().get("/sponsor/documents/" + document).assertStatus(200);
        assertThat(page.html().selectFirst("form[action=/sponsor/documents/" + document + "/export] input[name=_csrf]"))
                .isNotNull();
        Browser.Response pdf = Exporting.again(sponsor.browser(), "sponsor", document).assertStatus(200);

        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(pdf.header("Content-Disposition")).isEqualTo("attachment; filename=\"Q3-report-notes.pdf\"");
        assertThat(pdf.body()).startsWith("%PDF-");
        assertThat(pdf.header("RateLimit-Policy")).isEqualTo("\"minute\";q=10;w=60, \"day\";q=200;w=86400");
        assertThat(pdf.header("RateLimit")).matches("\"minute\";r=9;t=\\d+, \"day\";r=199;t=\\d+");
        assertThat(pdf.header("Cache-Control")).contains("no-store");
    }

    @Test
    void editorExportsADocumentAssignedToThemThenAPdf() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        UUID document = scenario().createDocument(sponsor, editor.id(), "For the editor", "Text.");

        Browser.Response pdf = export(editor.browser(), "editor", document).assertStatus(200);

        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(pdf.header("Content-Disposition")).isEqualTo("attachment; filename=\"For-the-editor.pdf\"");
        assertThat(pdf.body()).startsWith("%PDF-");
    }

    @Test
    void anotherPersonsDocumentThenNotFoundAsIfItDidNotExist() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        Person otherSponsor = scenario().active(Role.SPONSOR);
        Person otherEditor = scenario().active(Role.EDITOR);
        UUID document = scenario().createDocument(sponsor, editor.id(), "Not yours", "Secret.");

        otherSponsor.browser().get("/sponsor/dashboard").assertStatus(200);
        otherSponsor.browser().post("/sponsor/documents/" + document + "/export", Map.of()).assertStatus(404);
        otherEditor.browser().get("/editor/dashboard").assertStatus(200);
        otherEditor.browser().post("/editor/documents/" + document + "/export", Map.of()).assertStatus(404);
        // the sponsor is not its editor: the editor's page of it does not exist for them either
        sponsor.browser().post("/sponsor/documents/" + UUID.randomUUID() + "/export", Map.of()).assertStatus(404);
        sponsor.browser().post("/sponsor/documents/not-an-id/export", Map.of()).assertStatus(404);
        assertThat(otherSponsor.browser().get("/sponsor/dashboard").html().selectFirst(".export-usage").text())
                .contains("Today (UTC) 0 of 200");
    }

    @Test
    void personWithoutTheRoleThenForbidden() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        UUID document = scenario().createDocument(sponsor, editor.id(), "Sponsor only", "Text.");

        sponsor.browser().post("/editor/documents/" + document + "/export", Map.of()).assertStatus(403);
    }

    @Test
    void exportWithoutTheFormsTokenThenForbiddenAndNothingCounted() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        UUID document = scenario().createDocument(sponsor, editor.id(), "No token", "Text.");

        Browser.Response refused = sponsor.browser().postRaw("/sponsor/documents/" + document + "/export", Map.of());

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("text/html");
        assertThat(sponsor.browser().get("/sponsor/dashboard").html().selectFirst(".export-usage").text())
                .contains("Today (UTC) 0 of 200");
    }
}

package io.gatehouse.web.export;

import io.gatehouse.account.ApiScope;
import io.gatehouse.account.Role;
import io.gatehouse.it.Api;
import io.gatehouse.it.ApiTokensForTests;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario.Person;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/v1/documents/{id}/exports}: the same guarded resource as the pages' button, with the same counts. */
class ExportThroughTheApiTest extends IntegrationTest {

    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;

    private Api api(UUID accountId, ApiScope... scopes) {
        return new Api("http://localhost:" + port)
                .withToken(new ApiTokensForTests(commands, jdbc).issue(accountId, scopes).secret());
    }

    @Test
    void exportWithAReadingTokenThenThePdfAndItsQuota() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        UUID document = scenario().createDocument(sponsor, editor.id(), "Q4 plan", "Text.");
        sponsor.browser().get("/sponsor/documents/" + document).assertStatus(200);

        Api.Response pdf = api(sponsor.id(), ApiScope.DOCUMENTS_READ)
                .post("/api/v1/documents/" + document + "/exports", "").assertStatus(200);

        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(pdf.header("Content-Disposition")).isEqualTo("attachment; filename=\"Q4-plan.pdf\"");
        assertThat(pdf.body()).startsWith("%PDF-");
        assertThat(pdf.header("RateLimit-Policy")).isEqualTo("\"minute\";q=10;w=60, \"day\";q=200;w=86400");
        assertThat(pdf.header("RateLimit")).matches("\"minute\";r=9;t=\\d+, \"day\";r=199;t=\\d+");
    }

    @Test
    void pageAndApiExportsCountTogetherThenTheNextOneIsTooManyWithTheHeadersAsAProblem() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        UUID document = scenario().createDocument(sponsor, editor.id(), "Counted", "Text.");
        Exporting.setLimits(scenario(), sponsor.id(), 2, 50, 1);
        Exporting.startAFreshMinute();
        Api api = api(sponsor.id(), ApiScope.DOCUMENTS_READ);

        Exporting.export(sponsor.browser(), "sponsor", document).assertStatus(200);
        api.post("/api/v1/documents/" + document + "/exports", "").assertStatus(200);
        Api.Response refused = api.post("/api/v1/documents/" + document + "/exports", "").assertProblem(429);

        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(refused.header("RateLimit-Policy")).isEqualTo("\"minute\";q=2;w=60, \"day\";q=50;w=86400");
        assertThat(refused.header("RateLimit")).startsWith("\"minute\";r=0;");
        assertThat(refused.json().get("title").asString()).isEqualTo("Export limit reached");
        assertThat(refused.json().get("limit").asString()).isEqualTo("PER_MINUTE");
        assertThat(refused.detail()).contains("You can export again at");
        Exporting.again(sponsor.browser(), "sponsor", document).assertStatus(429);
    }

    @Test
    void anotherPersonsDocumentOrATokenWithoutDocumentScopesThenRefused() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        Person other = scenario().active(Role.SPONSOR);
        UUID document = scenario().createDocument(sponsor, editor.id(), "Not theirs", "Text.");
        sponsor.browser().get("/sponsor/documents/" + document).assertStatus(200);

        api(other.id(), ApiScope.DOCUMENTS_READ).post("/api/v1/documents/" + document + "/exports", "")
                .assertProblem(404);
        Person admin = scenario().active(Role.SPONSOR);
        scenario().adminAct(admin.id(), "roles/grant", Map.of("role", "ADMIN", "reason", "test"))
                .assertStatus(303);
        api(admin.id(), ApiScope.ACCOUNTS_READ).post("/api/v1/documents/" + document + "/exports", "")
                .assertProblem(403);
        api(editor.id(), ApiScope.DOCUMENTS_READ).post("/api/v1/documents/" + document + "/exports", "")
                .assertStatus(200);
    }
}

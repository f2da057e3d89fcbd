package io.gatehouse.it.api;

import io.gatehouse.account.ApiScope;
import io.gatehouse.account.Role;
import io.gatehouse.command.CommandRefusedException;
import io.gatehouse.it.Api;
import io.gatehouse.it.Scenario.Person;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.gatehouse.it.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit trail through the API: the /audit filters, checked by the same code, and older entries by cursor. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditApiTest extends ApiTest {

    private Person admin;
    private Api adminApi;

    @BeforeAll
    void admin() {
        admin = sponsorAndAdmin();
        adminApi = api(tokens().issue(admin.id(), ApiScope.ACCOUNTS_WRITE, ApiScope.AUDIT_READ));
    }

    @Test
    void filtersByAccountTypeActorTimeAndCorrelationThenOnlyTheMatchingEntries() {
        Person person = scenario().active(Role.EDITOR);
        act(person.id(), "suspend", "audit filters");
        act(person.id(), "reinstate", "audit filters over");

        List<JsonNode> ofAccount = entries("account=" + person.id());
        assertThat(ofAccount).allMatch(e -> e.path("subjectId").asString().equals(person.id().toString()))
                .extracting(e -> e.path("type").asString())
                .containsSubsequence("AccountReinstated", "AccountSuspended", "AccountApproved", "AccountRegistered")
                .startsWith("AccountReinstated");
        JsonNode suspended = single(entries("account=" + person.id() + "&type=AccountSuspended"));
        assertThat(suspended.path("reason").asString()).isEqualTo("audit filters");
        assertThat(types("account=" + person.id() + "&actor=" + admin.email()))
                .containsExactly("AccountReinstated", "SessionEnded", "AccountSuspended");
        assertThat(types("account=" + person.id() + "&actor=" + admin.id()))
                .containsExactly("AccountReinstated", "SessionEnded", "AccountSuspended");

        Instant suspendedAt = Instant.parse(suspended.path("occurredAt").asString());
        Instant reinstatedAt = Instant.parse(ofAccount.get(0).path("occurredAt").asString());
        assertThat(types("account=" + person.id() + "&from=" + reinstatedAt))
                .contains("AccountReinstated").doesNotContain("AccountSuspended", "AccountApproved");
        assertThat(types("account=" + person.id() + "&to=" + suspendedAt))
                .contains("AccountSuspended", "AccountApproved").doesNotContain("AccountReinstated");

        String correlation = suspended.path("correlationId").asString();
        assertThat(correlation).isNotBlank();
        // the act and what it caused (its person's session ended), nothing before or after
        assertThat(types("correlation=" + correlation)).containsExactly("SessionEnded", "AccountSuspended");
    }

    @Test
    void unknownTypeOrBadDateOrCursorThenBadRequestProblemNamingTheField() {
        Api.Response nonsense = adminApi.get("/api/v1/audit?type=Nonsense").assertProblem(400);
        assertThat(nonsense.error("type")).contains("Nonsense");

        assertThat(adminApi.get("/api/v1/audit?from=yesterday").assertProblem(400).error("from")).isNotBlank();
        assertThat(adminApi.get("/api/v1/audit?to=2026-13-45").assertProblem(400).error("to")).isNotBlank();
        assertThat(adminApi.get("/api/v1/audit?cursor=%21%21").assertProblem(400).error("cursor")).isNotBlank();
        assertThat(adminApi.get("/api/v1/audit?cursor=" + Api.base64("nowhere")).assertProblem(400).error("cursor"))
                .isNotBlank();
    }

    @Test
    void moreEntriesThanAPageThenTheCursorReachesTheOlderOnesEachOnce() {
        Person person = scenario().active(Role.EDITOR);
        for (int round = 0; round < 26; round++) {
            act(person.id(), "suspend", "round " + round);
            act(person.id(), "reinstate", "round " + round);
        }

        List<Long> ids = new ArrayList<>();
        List<String> types = new ArrayList<>();
        int pages = 0;
        String path = "/api/v1/audit?account=" + person.id();
        while (path != null) {
            assertThat(pages).as("pages followed").isLessThan(10);
            JsonNode page = adminApi.get(path).assertStatus(200).json();
            pages++;
            page.path("items").forEach(e -> {
                ids.add(e.path("id").asLong());
                types.add(e.path("type").asString());
            });
            String next = page.path("nextCursor").asString(null);
            path = next == null ? null : "/api/v1/audit?account=" + person.id() + "&cursor=" + next;
        }

        assertThat(pages).isEqualTo(2);
        assertThat(ids).hasSizeGreaterThan(52).doesNotHaveDuplicates()
                .isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(types.subList(50, types.size())).contains("AccountRegistered");
        assertThat(types.stream().filter("AccountSuspended"::equals)).hasSize(26);
    }

    @Test
    void auditorsTokenThenReadsTheTrail() {
        Person auditor = scenario().active(Role.EDITOR);
        grant(auditor, Role.AUDITOR);
        Api auditorApi = api(tokens().issue(auditor.id(), ApiScope.AUDIT_READ));

        assertThat(auditorApi.get("/api/v1/audit?account=" + auditor.id() + "&type=RoleGranted").assertStatus(200)
                .json().path("items")).hasSize(1);
        auditorApi.get("/api/v1/accounts").assertProblem(403);
    }

    @Test
    void sponsorAskingForAuditScopeThenTheCommandRefusesAndNoTokenIsStored() {
        Person sponsor = scenario().active(Role.SPONSOR);

        assertThatThrownBy(() -> tokens().issue(sponsor.id(), ApiScope.DOCUMENTS_READ, ApiScope.AUDIT_READ))
                .satisfies(thrown -> {
                    CommandRefusedException refused = refusal(thrown);
                    assertThat(refused.kind()).isEqualTo(CommandRefusedException.Kind.INVALID_INPUT);
                    assertThat(refused.getMessage()).isEqualTo("Your roles do not allow the scope audit:read.");
                });
        assertThat(jdbc.queryForObject("select count(*) from api_token where account_id = ?", Integer.class,
                sponsor.id())).isZero();
    }

    // ---------------------------------------------------------------- helpers

    private void act(UUID id, String act, String reason) {
        adminApi.post("/api/v1/accounts/" + id + "/" + act, json("reason", reason)).assertStatus(200);
    }

    private List<JsonNode> entries(String query) {
        List<JsonNode> entries = new ArrayList<>();
        adminApi.get("/api/v1/audit?" + query).assertStatus(200).json().path("items").forEach(entries::add);
        return entries;
    }

    private List<String> types(String query) {
        return entries(query).stream().map(e -> e.path("type").asString()).toList();
    }

    private static JsonNode single(List<JsonNode> entries) {
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }

    private static CommandRefusedException refusal(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof CommandRefusedException refused) {
                return refused;
            }
        }
        throw new AssertionError("Expected the command to be refused, but got " + thrown, thrown);
    }
}

package io.gatehouse.web.audit;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Pages;
import io.gatehouse.it.Scenario.Person;
import io.gatehouse.it.Scenario;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The questions auditors ask: what one act caused, who held a role when, and the trail as a spreadsheet. */
class AuditQuestionsTest extends IntegrationTest {

    private final Scenario scenario = scenario();

    @Test
    void correlationFilterShowsASuspensionAndTheSessionsItEnded() {
        Person admin = scenario.newAdmin();
        Person person = scenario.active(Role.SPONSOR);
        Scenario.act(admin.browser(), person.id(), "suspend", Map.of("reason", "what did this cause")).assertStatus(303);
        Browser audit = admin.browser();

        Browser.Response trail = audit.get("/audit?account=" + person.id()).assertStatus(200);
        Element suspended = rowWithAction(trail, "Suspended");
        Element link = suspended.selectFirst("a[data-correlation]");
        assertThat(link).as("the act's id on its row").isNotNull();
        String act = link.attr("data-correlation");
        assertThat(link.text()).isEqualTo(act.substring(0, Math.min(8, act.length())));
        assertThat(link.attr("title")).contains(act);

        Browser.Response caused = audit.get(link.attr("href")).assertStatus(200);
        assertThat(Pages.history(caused)).extracting(Pages.Row::action).containsExactly("Session ended", "Suspended");
        assertThat(Pages.history(caused)).extracting(Pages.Row::subject).containsOnly(person.id().toString());
        assertThat(caused.html().selectFirst("input[name=correlation]").attr("value")).isEqualTo(act);
        Browser.Response history = audit.get("/audit/accounts/" + person.id()).assertStatus(200);
        assertThat(rowWithAction(history, "Suspended").selectFirst("a[data-correlation]").attr("data-correlation"))
                .isEqualTo(act);
        assertThat(Pages.history(audit.get("/audit?correlation=no-such-act").assertStatus(200))).isEmpty();
    }

    @Test
    void rolesAtAnInstantListEachHolderWithTheirStateThen() {
        Person person = scenario.active(Role.EDITOR);
        scenario.adminAct(person.id(), "roles/grant", Map.of("role", "AUDITOR", "reason", "audit season")).assertStatus(303);
        scenario.adminAct(person.id(), "suspend", Map.of("reason", "paused")).assertStatus(303);
        scenario.adminAct(person.id(), "roles/revoke", Map.of("role", "AUDITOR", "reason", "season over")).assertStatus(303);
        Browser audit = scenario.rootBrowser();
        Map<String, Instant> at = new HashMap<>();
        Pages.history(audit.get("/audit/accounts/" + person.id())).forEach(r -> at.put(r.action(), Instant.parse(r.iso())));
        Instant granted = at.get("Role granted");

        assertThat(holders(audit, "AUDITOR", granted.minusMillis(1))).doesNotContainKey(person.email());
        assertThat(holders(audit, "AUDITOR", granted)).containsEntry(person.email(), "ACTIVE");
        assertThat(holders(audit, "auditor", at.get("Suspended"))).containsEntry(person.email(), "SUSPENDED");
        assertThat(holders(audit, "AUDITOR", at.get("Role revoked"))).doesNotContainKey(person.email());
        assertThat(holders(audit, "EDITOR", at.get("Role revoked"))).containsEntry(person.email(), "SUSPENDED");
        Browser.Response now = audit.get("/audit/roles?role=ADMIN").assertStatus(200);
        assertThat(now.text()).contains(ADMIN_EMAIL);
        Element row = page(audit, "AUDITOR", granted).html().selectFirst("tr[data-account-id=" + person.id() + "]");
        assertThat(row.select("td").get(1).text()).isEqualTo("Test EDITOR");
        assertThat(row.selectFirst("time").attr("datetime")).isEqualTo(granted.toString());

        Browser.Response csv = audit.get("/audit/roles.csv?role=AUDITOR&at=" + at.get("Suspended")).assertStatus(200);
        assertThat(csv.header("Content-Disposition")).startsWith("attachment");
        assertThat(csv.body()).contains(person.id() + "," + person.email() + ",Test EDITOR," + granted + ",SUSPENDED");
        assertThat(audit.get("/audit").html().selectFirst("a[href=/audit/roles]")).isNotNull();
    }

    @Test
    void rolesWithUnknownRoleOrBadInstantThenBadRequestWithMessage() {
        Browser audit = scenario.rootBrowser();

        Browser.Response role = audit.get("/audit/roles?role=KING");
        assertThat(role.status()).isEqualTo(400);
        assertThat(role.text()).contains("Unknown role");
        Browser.Response instant = audit.get("/audit/roles?role=ADMIN&at=soon");
        assertThat(instant.status()).isEqualTo(400);
        assertThat(instant.html().selectFirst("#at-error").text()).startsWith("Enter a date and time like");
        assertThat(audit.get("/audit/roles?role=ADMIN&at=%2B1000000-01-01T00:00:00Z").status()).isEqualTo(400);
        assertThat(audit.get("/audit/roles.csv").status()).isEqualTo(400);
        assertThat(audit.get("/audit/roles").assertStatus(200).html().selectFirst("select[name=role]")).isNotNull();
        assertThat(audit.get("/audit/roles?role=ADMIN&at=2026-01-31T09:30").status()).isEqualTo(200);
    }

    @Test
    void auditDownloadsAsCsvWithEveryFilteredRowAndFormulasDefused() {
        Person admin = scenario.newAdmin();
        Person person = scenario.active(Role.SPONSOR);
        String reason = "=HYPERLINK(\"http://evil\"), see";
        Scenario.act(admin.browser(), person.id(), "suspend", Map.of("reason", reason)).assertStatus(303);
        Browser audit = admin.browser();
        Browser.Response page = audit.get("/audit?account=" + person.id() + "&type=AccountSuspended").assertStatus(200);
        String download = page.html().selectFirst("a:containsOwn(Download CSV)").attr("href");
        assertThat(download).isEqualTo("/audit/entries.csv?account=" + person.id() + "&type=AccountSuspended");

        Browser.Response csv = audit.get(download).assertStatus(200);

        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).isEqualTo("attachment; filename=\"audit-trail.csv\"");
        List<String> lines = csv.body().lines().toList();
        assertThat(csv.body()).contains("\r\n");
        assertThat(lines.get(0)).startsWith("occurred_at,position,event_id,event_type,action,subject_type");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains(",AccountSuspended,Suspended,ACCOUNT," + person.id() + "," + person.email())
                .contains(",\"'=HYPERLINK(\"\"http://evil\"\"), see\",");
        List<String> all = audit.get("/audit/entries.csv?account=" + enc(person.email())).assertStatus(200)
                .body().lines().toList();
        assertThat(all).hasSize(1 + Pages.history(audit.get("/audit?account=" + person.id())).size());
        assertThat(audit.get("/audit/entries.csv?from=nope").status()).isEqualTo(400);
    }

    private Map<String, String> holders(Browser audit, String role, Instant at) {
        Map<String, String> holders = new HashMap<>();
        for (Element tr : page(audit, role, at).html().select("table.holders tbody tr[data-account-id]")) {
            holders.put(tr.select("td").get(0).text(), tr.selectFirst("span.badge").text());
        }
        return holders;
    }

    private static Browser.Response page(Browser audit, String role, Instant at) {
        return audit.get("/audit/roles?role=" + role + "&at=" + at).assertStatus(200);
    }

    private static Element rowWithAction(Browser.Response page, String action) {
        return page.html().select("table.history tbody tr").stream()
                .filter(tr -> tr.select("td").stream().anyMatch(td -> td.text().equals(action)))
                .findFirst().orElseThrow(() -> new AssertionError("No row " + action));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

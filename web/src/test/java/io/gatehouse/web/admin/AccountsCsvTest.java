package io.gatehouse.web.admin;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.Scenario.Person;
import io.gatehouse.it.TestClock;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The account list as a CSV download: the list's filters, every matching row, cells no spreadsheet runs. */
class AccountsCsvTest extends IntegrationTest {

    private final Scenario scenario = scenario();

    @Test
    void theDownloadHasTheListsFiltersAndDefusesANameThatLooksLikeAFormula() {
        String tag = "csv" + UUID.randomUUID().toString().substring(0, 8);
        scenario.register(Role.SPONSOR, tag + "-a@example.org", "=cmd()");
        scenario.register(Role.EDITOR, tag + "-b@example.org", "Plain, Person");
        UUID plain = scenario.accountIdOf(tag + "-b@example.org");
        scenario.adminAct(plain, "approve", Map.of()).assertStatus(303);
        Browser admin = scenario.rootBrowser();

        Browser.Response list = admin.get("/admin/accounts?status=PENDING&q=" + tag).assertStatus(200);
        String link = list.html().selectFirst("a:containsOwn(Download CSV)").attr("href");
        assertThat(link).isEqualTo("/admin/accounts.csv?status=PENDING&q=" + tag);
        assertThat(list.html().selectFirst("p.downloads").text()).startsWith("1 request ");
        Browser.Response pending = admin.get(link).assertStatus(200);

        assertThat(pending.header("Content-Type")).startsWith("text/csv");
        assertThat(pending.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"accounts-pending-" + LocalDate.now(TestClock.INSTANCE) + ".csv\"");
        List<String> lines = lines(pending.body());
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("account_id,name,email,organization,state,asked_for,roles,signed_up,state_since");
        assertThat(lines.get(1)).contains(",'=cmd()," + tag + "-a@example.org,Acme,PENDING,SPONSOR,,");

        List<String> both = lines(admin.get("/admin/accounts.csv?q=" + tag.toUpperCase()).assertStatus(200).body());
        assertThat(both).hasSize(3);
        assertThat(both.get(1)).startsWith(plain + ",\"Plain, Person\"," + tag + "-b@example.org,Acme,ACTIVE,EDITOR,EDITOR,");
        assertThat(both.get(2)).contains("'=cmd()");
    }

    @Test
    void everyMatchingAccountIsInTheDownloadNotOnlyOnePage() {
        Browser admin = scenario.rootBrowser();
        Browser.Response list = admin.get("/admin/accounts").assertStatus(200);
        long total = Long.parseLong(list.html().selectFirst("p.downloads").text().split(" ")[0]);

        List<String> lines = lines(admin.get("/admin/accounts.csv").assertStatus(200).body());

        assertThat(lines).hasSize((int) total + 1);
        List<String> ids = lines.stream().skip(1).map(line -> line.substring(0, line.indexOf(','))).toList();
        assertThat(new HashSet<>(ids)).hasSize(ids.size());
    }

    @Test
    void anErasedAccountReadsAsErasedAccount() {
        Person person = scenario.signUp(Role.SPONSOR);
        scenario.adminAct(person.id(), "erase", Map.of("reason", "Asked to be forgotten")).assertStatus(303);

        String erased = lines(scenario.rootBrowser().get("/admin/accounts.csv?status=ERASED").assertStatus(200).body())
                .stream().filter(line -> line.startsWith(person.id().toString())).findFirst().orElseThrow();

        assertThat(erased).startsWith(person.id() + ",erased account,erased account,,ERASED,SPONSOR,");
        assertThat(erased).doesNotContain(person.email());
    }

    @Test
    void anUnknownStateIsABadRequestAndANonAdminIsRefused() {
        assertThat(scenario.rootBrowser().get("/admin/accounts.csv?status=NOPE").status()).isEqualTo(400);
        Person sponsor = scenario.active(Role.SPONSOR);
        assertThat(sponsor.browser().get("/admin/accounts.csv").status()).isEqualTo(403);
    }

    private static List<String> lines(String body) {
        assertThat(body).endsWith("\r\n");
        return Arrays.asList(body.split("\r\n"));
    }
}

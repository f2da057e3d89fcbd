package io.gatehouse.web.export;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario.Person;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Map;
import java.util.UUID;

import static io.gatehouse.web.export.Exporting.again;
import static io.gatehouse.web.export.Exporting.export;
import static io.gatehouse.web.export.Exporting.startAFreshMinute;
import static org.assertj.core.api.Assertions.assertThat;

/** People see their own exports and limits on their dashboard; admins see everyone's. */
class ExportUsagePagesTest extends IntegrationTest {

    @Autowired
    private JdbcClient jdbc;

    @Test
    void sponsorsDashboardThenTheirExportsOfTheMinuteAndTheDayAndTheirLimits() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        UUID document = scenario().createDocument(sponsor, editor.id(), "Counted", "Text.");
        assertThat(usage(sponsor.browser(), "/sponsor/dashboard")).contains("This minute 0 of 10")
                .contains("Today (UTC) 0 of 200").contains("You have not exported anything today.");
        startAFreshMinute();

        export(sponsor.browser(), "sponsor", document).assertStatus(200);
        again(sponsor.browser(), "sponsor", document).assertStatus(200);

        assertThat(usage(sponsor.browser(), "/sponsor/dashboard")).contains("This minute 2 of 10")
                .contains("Today (UTC) 2 of 200").contains("At once up to 2")
                .contains("Your limits the defaults for your role").doesNotContain("not exported anything");
        assertThat(usage(editor.browser(), "/editor/dashboard")).contains("Today (UTC) 0 of 200");
    }

    @Test
    void editorsDashboardThenTheLimitsAnAdminSet() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        UUID document = scenario().createDocument(sponsor, editor.id(), "Edited", "Text.");
        Exporting.setLimits(scenario(), editor.id(), 4, 40, 1);

        export(editor.browser(), "editor", document).assertStatus(200);

        assertThat(usage(editor.browser(), "/editor/dashboard")).contains("Today (UTC) 1 of 40")
                .contains("At once up to 1").contains("Your limits set for your account by an admin");
    }

    @Test
    void adminsExportsPageThenTodaysExportsPerAccountAndTheLimitsAdminsSet() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        UUID document = scenario().createDocument(sponsor, editor.id(), "Watched", "Text.");
        Exporting.setLimits(scenario(), editor.id(), 6, 60, 1);
        export(sponsor.browser(), "sponsor", document).assertStatus(200);
        again(sponsor.browser(), "sponsor", document).assertStatus(200);
        export(editor.browser(), "editor", document).assertStatus(200);

        Browser admin = scenario().rootBrowser();
        assertThat(admin.get("/admin").html().selectFirst("a[href=/admin/exports]")).isNotNull();
        Browser.Response page = admin.get("/admin/exports").assertStatus(200);

        assertThat(page.html().title()).isEqualTo("Exports · Gatehouse");
        assertThat(row(page, "table.exports-today", sponsor.id()).text()).contains(sponsor.email()).contains(" 2 ");
        assertThat(row(page, "table.exports-today", editor.id()).text()).contains(editor.email()).contains(" 1 ");
        assertThat(row(page, "table.export-overrides", editor.id()).text()).contains("6/min, 60/day, 1 at once")
                .contains("Test limits.");
        assertThat(page.html().selectFirst("table.export-overrides a[href=/admin/accounts/" + sponsor.id() + "]"))
                .isNull();
        assertThat(admin.get("/admin/accounts/" + sponsor.id()).html().selectFirst("section.export-limits").text())
                .contains("Exports today (UTC) 2");
    }

    @Test
    void exportsPageIsTheAdminsOnly() {
        Person sponsor = scenario().active(Role.SPONSOR);

        Browser.Response refused = sponsor.browser().get("/admin/exports");

        assertThat(refused.status()).isIn(302, 403);
        assertThat(sponsor.browser().get("/sponsor/dashboard").html().selectFirst(".export-usage")).isNotNull();
    }

    @Test
    void erasedAccountThenNothingOfItsExportsIsKept() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        UUID document = scenario().createDocument(sponsor, editor.id(), "To forget", "Text.");
        export(sponsor.browser(), "sponsor", document).assertStatus(200);
        assertThat(rowsOf(sponsor.id())).isEqualTo(3);

        scenario().adminAct(sponsor.id(), "erase", Map.of("reason", "Asked to be forgotten.")).assertStatus(303);

        assertThat(rowsOf(sponsor.id())).isZero();
        assertThat(scenario().rootBrowser().get("/admin/exports").html()
                .selectFirst("table.exports-today a[href=/admin/accounts/" + sponsor.id() + "]")).isNull();
    }

    /** The account's finished exports and its two buckets. */
    private long rowsOf(UUID account) {
        return jdbc.sql("select (select count(*) from export_done where account_id = ?)"
                        + " + (select count(*) from export_quota where id like ?)")
                .params(account, "%:" + account).query(Long.class).single();
    }

    private static String usage(Browser browser, String dashboard) {
        Element section = browser.get(dashboard).assertStatus(200).html().selectFirst("section.export-usage");
        assertThat(section).as("the dashboard's export usage").isNotNull();
        return section.text();
    }

    private static Element row(Browser.Response page, String table, UUID account) {
        Element link = page.html().selectFirst(table + " a[href=/admin/accounts/" + account + "]");
        assertThat(link).as("a row for " + account + " in " + table).isNotNull();
        return link.closest("tr");
    }
}

package io.gatehouse.web.admin;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.Scenario.Person;
import io.gatehouse.it.TestClock;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's chart counts what the record holds, per UTC day, in the SVG and in its table alike. */
class AdminDashboardChartTest extends IntegrationTest {

    private final Scenario scenario = scenario();

    @Test
    void aNewDaysSignUpsApprovalsAndSuspensionsAreCountedOnThatDay() {
        // one hour into a day no other test has reached: whatever they recorded lies on earlier days
        var now = TestClock.INSTANCE.instant().atOffset(ZoneOffset.UTC);
        TestClock.INSTANCE.advance(Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay()
                .atOffset(ZoneOffset.UTC)).plusHours(1));
        LocalDate today = LocalDate.now(TestClock.INSTANCE);
        Person sponsor = scenario.signUp(Role.SPONSOR);
        scenario.signUp(Role.EDITOR);
        scenario.adminAct(sponsor.id(), "approve", Map.of()).assertStatus(303);
        scenario.adminAct(sponsor.id(), "suspend", Map.of("reason", "Shared their password")).assertStatus(303);

        Browser.Response dashboard = scenario.rootBrowser().get("/admin").assertStatus(200);

        List<Element> rows = dashboard.html().select("table.chart-data tbody tr");
        assertThat(rows).hasSize(30);
        assertThat(rows.get(29).text()).isEqualTo(today + " 2 1 1");
        assertThat(rows.get(0).selectFirst("th").text()).isEqualTo(today.minusDays(29).toString());
        Element svg = dashboard.html().selectFirst("figure.chart-figure svg[role=img]");
        assertThat(svg.select("rect.bar")).hasSize(90);
        assertThat(svg.selectFirst("rect.bar.signups[data-day=" + today + "]").attr("data-count")).isEqualTo("2");
        assertThat(svg.selectFirst("rect.bar.approvals[data-day=" + today + "]").attr("data-count")).isEqualTo("1");
        assertThat(svg.selectFirst("rect.bar.suspensions[data-day=" + today + "]").attr("data-count")).isEqualTo("1");
        assertThat(dashboard.html().selectFirst("figure.chart-figure figcaption").text())
                .matches("In the last 30 days: \\d+ sign-ups?, \\d+ approvals? and \\d+ suspensions?\\.");
    }
}

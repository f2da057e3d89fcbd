package io.gatehouse.web.admin;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.Scenario.Person;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's chart counts what the record holds, per UTC day, in the SVG and in its table alike. */
class AdminDashboardChartTest extends IntegrationTest {

    private final Scenario scenario = scenario();

    @Test
    void todaysSignUpsApprovalsAndSuspensionsAreCountedOnToday() {
        // other tests record on the same day, so this counts what its own acts add; the shared clock stays put
        for (int attempt = 0; attempt < 2; attempt++) {
            Today before = today(scenario.rootBrowser().get("/admin").assertStatus(200));
            Person sponsor = scenario.signUp(Role.SPONSOR);
            scenario.signUp(Role.EDITOR);
            scenario.adminAct(sponsor.id(), "approve", Map.of()).assertStatus(303);
            scenario.adminAct(sponsor.id(), "suspend", Map.of("reason", "Shared their password")).assertStatus(303);

            Browser.Response dashboard = scenario.rootBrowser().get("/admin").assertStatus(200);

            Today after = today(dashboard);
            if (!after.day().equals(before.day())) {
                continue; // midnight UTC fell between the two: once more, which fits within one day
            }
            assertThat(after).isEqualTo(new Today(before.day(), before.signUps() + 2, before.approvals() + 1,
                    before.suspensions() + 1));
            List<Element> rows = dashboard.html().select("table.chart-data tbody tr");
            assertThat(rows).hasSize(30);
            assertThat(rows.get(0).selectFirst("th").text()).isEqualTo(after.day().minusDays(29).toString());
            Element svg = dashboard.html().selectFirst("figure.chart-figure svg[role=img]");
            assertThat(svg.select("rect.bar")).hasSize(90);
            assertThat(bar(svg, "signups", after.day())).isEqualTo(after.signUps());
            assertThat(bar(svg, "approvals", after.day())).isEqualTo(after.approvals());
            assertThat(bar(svg, "suspensions", after.day())).isEqualTo(after.suspensions());
            assertThat(dashboard.html().selectFirst("figure.chart-figure figcaption").text())
                    .matches("In the last 30 days: \\d+ sign-ups?, \\d+ approvals? and \\d+ suspensions?\\.");
            return;
        }
        throw new AssertionError("Two attempts each crossed midnight UTC");
    }

    /** The table's last row: today's date and its three counts. */
    private static Today today(Browser.Response dashboard) {
        List<Element> rows = dashboard.html().select("table.chart-data tbody tr");
        String[] cells = rows.get(rows.size() - 1).text().split(" ");
        return new Today(LocalDate.parse(cells[0]), Integer.parseInt(cells[1]), Integer.parseInt(cells[2]),
                Integer.parseInt(cells[3]));
    }

    private static int bar(Element svg, String series, LocalDate day) {
        return Integer.parseInt(svg.selectFirst("rect.bar." + series + "[data-day=" + day + "]").attr("data-count"));
    }

    private record Today(LocalDate day, int signUps, int approvals, int suspensions) {
    }
}

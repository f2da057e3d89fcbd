package io.gatehouse.web.admin;

import io.gatehouse.query.audit.DailyActivity.Day;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's SVG: one bar per day and series, heights to one scale, zero days drawn flat. */
class DailyChartTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void everyDayHasABarPerSeriesWithItsCount() {
        List<Day> days = thirtyDays();
        days.set(29, new Day(TODAY, 3, 2, 1));

        Document svg = parse(DailyChart.svg(days));

        assertThat(svg.select("rect.bar")).hasSize(90);
        assertThat(bar(svg, "signups", TODAY).attr("data-count")).isEqualTo("3");
        assertThat(bar(svg, "approvals", TODAY).attr("data-count")).isEqualTo("2");
        assertThat(bar(svg, "suspensions", TODAY).attr("data-count")).isEqualTo("1");
        assertThat(bar(svg, "signups", TODAY).selectFirst("title").text()).isEqualTo("2026-11-29: 3 sign-ups");
        assertThat(bar(svg, "suspensions", TODAY).selectFirst("title").text()).isEqualTo("2026-11-29: 1 suspension");
    }

    @Test
    void barsShareOneScaleWhoseTopIsTheMaximumRoundedUp() {
        List<Day> days = thirtyDays();
        days.set(10, new Day(TODAY.minusDays(19), 7, 0, 0));
        days.set(29, new Day(TODAY, 2, 0, 0));

        Document svg = parse(DailyChart.svg(days));

        assertThat(svg.selectFirst("svg").attr("data-scale")).isEqualTo("10");
        double full = DailyChart.BOTTOM - DailyChart.TOP;
        assertThat(height(bar(svg, "signups", TODAY.minusDays(19)))).isCloseTo(full * 0.7, within());
        assertThat(height(bar(svg, "signups", TODAY))).isCloseTo(full * 0.2, within());
        assertThat(svg.select("text.value").eachText()).containsExactly("0", "5", "10");
    }

    @Test
    void daysWithoutEventsAreDrawnFlatAndAnEmptyChartStillHasAScale() {
        Document svg = parse(DailyChart.svg(thirtyDays()));

        assertThat(svg.select("rect.bar")).allSatisfy(bar -> {
            assertThat(bar.attr("data-count")).isEqualTo("0");
            assertThat(height(bar)).isZero();
        });
        assertThat(svg.selectFirst("svg").attr("data-scale")).isEqualTo("1");
    }

    @Test
    void theScaleIsOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(DailyChart.scale(0)).isEqualTo(1);
        assertThat(DailyChart.scale(1)).isEqualTo(1);
        assertThat(DailyChart.scale(2)).isEqualTo(2);
        assertThat(DailyChart.scale(3)).isEqualTo(5);
        assertThat(DailyChart.scale(11)).isEqualTo(20);
        assertThat(DailyChart.scale(51)).isEqualTo(100);
    }

    @Test
    void theChartIsAnAccessibleImageThatScalesToItsContainer() {
        Element svg = parse(DailyChart.svg(thirtyDays())).selectFirst("svg");

        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.attr("width")).isEqualTo("100%");
        assertThat(svg.attr("viewBox")).isEqualTo("0 0 640 300");
        assertThat(svg.selectFirst("#" + svg.attr("aria-labelledby")).text()).isEqualTo(DailyChart.TITLE);
        assertThat(svg.select("text.legend").eachText()).containsExactly("Sign-ups", "Approvals", "Suspensions");
        assertThat(svg.select("[style]")).isEmpty();
        assertThat(svg.select("text.tick.day").eachText()).containsExactly("Oct 31", "Nov 7", "Nov 14", "Nov 21", "Nov 29");
    }

    private static List<Day> thirtyDays() {
        List<Day> days = new ArrayList<>();
        for (int i = 29; i >= 0; i--) {
            days.add(new Day(TODAY.minusDays(i), 0, 0, 0));
        }
        return days;
    }

    private static Document parse(String svg) {
        return Jsoup.parse(svg, "", Parser.xmlParser());
    }

    private static Element bar(Document svg, String series, LocalDate day) {
        return svg.selectFirst("rect.bar." + series + "[data-day=" + day + "]");
    }

    private static double height(Element bar) {
        return Double.parseDouble(bar.attr("height"));
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(0.1);
    }
}

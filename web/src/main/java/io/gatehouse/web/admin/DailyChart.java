package io.gatehouse.web.admin;

import io.gatehouse.web.support.Plural;
import io.gatehouse.query.audit.DailyActivity.Day;
import org.springframework.web.util.HtmlUtils;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Draws sign-ups, approvals and suspensions per day as an SVG bar chart, on the server: no script, and no
 * inline style (the page's CSP forbids both); colours come from classes in gatehouse.css. It scales with the
 * width it is given through its viewBox, so it fits a phone as well as a desktop.
 */
final class DailyChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 300;
    static final int LEFT = 40;
    static final int RIGHT = 10;
    static final int TOP = 44;
    static final int BOTTOM = 250;
    static final String TITLE = "Sign-ups, approvals and suspensions per day, last 30 days (UTC)";

    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);
    private static final String[] SERIES = {"signups", "approvals", "suspensions"};
    private static final String[] NAMES = {"Sign-ups", "Approvals", "Suspensions"};
    private static final String[] ONE = {"sign-up", "approval", "suspension"};

    private DailyChart() {
    }

    static String svg(List<Day> days) {
        long scale = scale(days.stream().mapToLong(Day::max).max().orElse(0));
        StringBuilder svg = new StringBuilder(16_000);
        svg.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" width=\"100%\" role=\"img\" aria-labelledby=\"chart-title\" data-scale=\"")
                .append(scale).append("\">");
        svg.append("<title id=\"chart-title\">").append(HtmlUtils.htmlEscape(TITLE)).append("</title>");
        legend(svg);
        axes(svg, scale);
        double slot = (double) (WIDTH - RIGHT - LEFT) / Math.max(days.size(), 1);
        double bar = slot * 0.27;
        for (int i = 0; i < days.size(); i++) {
            Day day = days.get(i);
            long[] counts = {day.signUps(), day.approvals(), day.suspensions()};
            double x = LEFT + i * slot + slot * 0.08;
            for (int s = 0; s < SERIES.length; s++) {
                double height = (double) counts[s] * (BOTTOM - TOP) / scale;
                svg.append("<rect class=\"bar ").append(SERIES[s]).append("\" data-day=\"").append(day.date())
                        .append("\" data-count=\"").append(counts[s]).append("\" x=\"").append(num(x + s * bar))
                        .append("\" y=\"").append(num(BOTTOM - height)).append("\" width=\"").append(num(bar))
                        .append("\" height=\"").append(num(height)).append("\"><title>").append(day.date())
                        .append(": ").append(Plural.of(counts[s], ONE[s], NAMES[s].toLowerCase(Locale.ROOT)))
                        .append("</title></rect>");
            }
            // a date every week from the oldest day, and today's; none so close to today's that they overlap
            int last = days.size() - 1;
            if (i == last || (i % 7 == 0 && last - i >= 4)) {
                // today's date ends at the plot's right edge instead of running past the picture
                boolean today = i == last;
                svg.append("<text class=\"tick day\" x=\"").append(num(LEFT + i * slot + (today ? slot : slot / 2)))
                        .append("\" y=\"").append(BOTTOM + 16).append("\" text-anchor=\"")
                        .append(today ? "end" : "middle").append("\">").append(LABEL.format(day.date()))
                        .append("</text>");
            }
        }
        svg.append("<text class=\"axis-title\" x=\"").append(LEFT + (WIDTH - RIGHT - LEFT) / 2).append("\" y=\"")
                .append(HEIGHT - 12).append("\" text-anchor=\"middle\">Day (UTC)</text>");
        return svg.append("</svg>").toString();
    }

    /** The top of the value axis: the largest count rounded up to 1, 2 or 5 times a power of ten. */
    static long scale(long max) {
        long step = 1;
        while (true) {
            for (long factor : new long[] {1, 2, 5}) {
                if (max <= factor * step) {
                    return factor * step;
                }
            }
            step *= 10;
        }
    }

    private static void legend(StringBuilder svg) {
        for (int s = 0; s < SERIES.length; s++) {
            int x = LEFT + s * 130;
            svg.append("<rect class=\"swatch ").append(SERIES[s]).append("\" x=\"").append(x)
                    .append("\" y=\"8\" width=\"12\" height=\"12\"/>");
            svg.append("<text class=\"legend\" x=\"").append(x + 18).append("\" y=\"18\">").append(NAMES[s])
                    .append("</text>");
        }
    }

    private static void axes(StringBuilder svg, long scale) {
        long[] ticks = scale % 2 == 0 ? new long[] {0, scale / 2, scale} : new long[] {0, scale};
        for (long tick : ticks) {
            double y = BOTTOM - (double) tick * (BOTTOM - TOP) / scale;
            svg.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
                    .append("\" y1=\"").append(num(y)).append("\" y2=\"").append(num(y)).append("\"/>");
            svg.append("<text class=\"tick value\" x=\"").append(LEFT - 6).append("\" y=\"").append(num(y + 4))
                    .append("\" text-anchor=\"end\">").append(tick).append("</text>");
        }
        svg.append("<text class=\"axis-title\" x=\"4\" y=\"").append(TOP - 12).append("\">Per day</text>");
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}

package io.gatehouse.it;

import org.jsoup.nodes.Element;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the parts of Gatehouse's pages that tests look at: fact lists, history tables, flash messages. */
public final class Pages {

    private Pages() {
    }

    /**
     * One row of a history table: the admin account page and /audit/accounts/{id}, or /audit (with a subject).
     * {@code subject} is the subject's id (the cell shows its e-mail or title).
     */
    public record Row(String iso, String subject, String action, String eventType, String detail, String actor,
                      String reason, String clientAddress) {
    }

    /** The {@code <dl class="facts">} of a page as label → text, e.g. "State" → "ACTIVE since …". */
    public static Map<String, String> facts(Browser.Response page) {
        Map<String, String> facts = new LinkedHashMap<>();
        Element list = page.html().selectFirst("dl.facts");
        if (list == null) {
            return facts;
        }
        for (Element dt : list.select("dt")) {
            Element dd = dt.nextElementSibling();
            facts.put(dt.text(), dd == null ? "" : dd.text());
        }
        return facts;
    }

    /** The state badge of an account page (admin or audit-at), e.g. "ACTIVE"; null when there is none. */
    public static String state(Browser.Response page) {
        Element badge = page.html().selectFirst("dl.facts span.badge");
        return badge == null ? null : badge.text();
    }

    /** The "Roles" fact, e.g. "SPONSOR, AUDITOR", or "none". */
    public static String roles(Browser.Response page) {
        return facts(page).get("Roles");
    }

    /** The flash notice a page shows after a successful act, or null. */
    public static String notice(Browser.Response page) {
        Element notice = page.html().selectFirst("p.flash.notice");
        return notice == null ? null : notice.text();
    }

    /** The error flash an account page shows when an act was refused, or null. */
    public static String problem(Browser.Response page) {
        Element problem = page.html().selectFirst("p.flash.error");
        return problem == null ? null : problem.text();
    }

    /** The rows of the page's history table, in page order; empty when it says nothing is recorded. */
    public static List<Row> history(Browser.Response page) {
        Element table = page.html().selectFirst("table.history");
        if (table == null) {
            throw new AssertionError("No history table on the page:\n" + page.text());
        }
        return table.select("tbody tr").stream()
                .filter(tr -> tr.selectFirst("td.empty") == null)
                .map(Pages::row)
                .toList();
    }

    private static Row row(Element tr) {
        List<Element> td = tr.select("td");
        String iso = td.get(0).selectFirst("time") == null ? "" : td.get(0).selectFirst("time").attr("datetime");
        if (td.size() > 1 && td.get(1).hasAttr("data-subject-id")) { // /audit, with its subject column
            return new Row(iso, td.get(1).attr("data-subject-id"), td.get(2).text(), td.get(2).attr("title"), td.get(3).text(),
                    td.get(4).text(), td.get(5).text(), td.get(6).text());
        }
        return new Row(iso, null, td.get(1).text(), null, td.get(2).text(), td.get(3).text(), td.get(4).text(),
                td.get(5).text());
    }
}

package io.gatehouse.web.document;

import io.gatehouse.it.Browser;
import org.jsoup.nodes.Element;

import java.util.LinkedHashMap;
import java.util.Map;

/** Saving from a document page as a browser does: the form's hidden version goes with what was typed. */
public final class DocumentPages {

    private DocumentPages() {
    }

    /** Loads {@code formPage}, then posts the fields with that page's version and CSRF token to {@code action}. */
    public static Browser.Response save(Browser browser, String formPage, String action, Map<String, String> fields) {
        Browser.Response page = browser.get(formPage).assertStatus(200);
        return browser.post(action, withVersionOf(page, fields));
    }

    /** The fields, plus the version the page's edit form carries. */
    public static Map<String, String> withVersionOf(Browser.Response page, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("version", version(page));
        return all;
    }

    public static String version(Browser.Response page) {
        Element version = page.html().selectFirst("form input[name=version]");
        if (version == null) {
            throw new AssertionError("The page has no edit form with a version:\n" + page.body());
        }
        return version.attr("value");
    }
}

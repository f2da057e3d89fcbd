package io.gatehouse.it.browser;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

/**
 * What every page a journey passes must satisfy: nothing in the browser console at SEVERE (script errors,
 * failed loads, and the Content Security Policy's refusals, which Chromium reports there), and nothing wider
 * than the viewport: neither the page nor any table in it.
 */
final class PageChecks {

    /** Returns the problems as sentences; an empty list means the page is fine. */
    private static final String TOO_WIDE = """
            const width = document.documentElement.clientWidth;
            const problems = [];
            if (document.documentElement.scrollWidth > window.innerWidth) {
              problems.push('the page is ' + document.documentElement.scrollWidth + ' px wide in a '
                + window.innerWidth + ' px viewport');
            }
            document.querySelectorAll('table').forEach((table, i) => {
              const box = table.getBoundingClientRect();
              if (box.width > width + 0.5 || box.left < -0.5 || box.right > width + 0.5) {
                problems.push('table #' + (i + 1) + (table.className ? ' (' + table.className + ')' : '')
                  + ' spans ' + Math.round(box.left) + '..' + Math.round(box.right) + ' px in a ' + width + ' px viewport');
              }
            });
            return problems;
            """;

    private PageChecks() {
    }

    /** The console entries logged since the last call, at SEVERE, as text. */
    static List<String> severeConsoleEntries(WebDriver driver) {
        List<String> severe = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                severe.add(entry.getMessage());
            }
        }
        return severe;
    }

    /**
     * The SEVERE console entries since the last check, but for the one a page that answered {@code status} leaves
     * about itself: awaited (up to 5 s) when {@code required}, for a status the journey insists on.
     */
    static List<String> consoleErrors(WebDriver driver, String url, Integer status, boolean required) {
        List<String> severe = new ArrayList<>(severeConsoleEntries(driver));
        if (status == null) {
            return severe;
        }
        if (required) {
            try {
                new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> {
                    severe.addAll(severeConsoleEntries(driver));
                    return severe.stream().anyMatch(entry -> isStatusOf(entry, url, status));
                });
            } catch (TimeoutException e) {
                throw new AssertionError(url + " did not answer " + status + "; console: " + severe);
            }
        }
        severe.removeIf(entry -> isStatusOf(entry, url, status));
        return severe;
    }

    @SuppressWarnings("unchecked")
    static List<String> tooWide(WebDriver driver) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(TOO_WIDE);
    }

    /**
     * The console line Chromium writes for a page that answered {@code status}, e.g. a 409 for a stale
     * save: expected when the journey says so, and the only way a real browser lets a test see the status.
     */
    private static boolean isStatusOf(String entry, String url, int status) {
        return entry.startsWith(url + " - Failed to load resource: the server responded with a status of " + status + " ");
    }
}

package io.gatehouse.web.export;

import io.gatehouse.it.Browser;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.TestClock;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/** Exporting as a person does it, and the windows the limits count in, for the export tests. */
final class Exporting {

    private Exporting() {
    }

    /** Loads the document's page (for its form's CSRF token), then presses "Export as PDF". */
    static Browser.Response export(Browser browser, String area, UUID documentId) {
        browser.get("/" + area + "/documents/" + documentId).assertStatus(200);
        return again(browser, area, documentId);
    }

    /** Presses "Export as PDF" again, with the token of the page the browser loaded last. */
    static Browser.Response again(Browser browser, String area, UUID documentId) {
        return browser.post("/" + area + "/documents/" + documentId + "/export", Map.of());
    }

    /** Gives the account its own limits as the root admin, through the account page's form. */
    static void setLimits(Scenario scenario, UUID accountId, int perMinute, int perDay, int atOnce) {
        scenario.adminAct(accountId, "export-limits", Map.of("perMinute", String.valueOf(perMinute),
                "perDay", String.valueOf(perDay), "atOnce", String.valueOf(atOnce), "reason", "Test limits."))
                .assertStatus(303);
    }

    /**
     * Moves the app's clock to the start of the next minute, so that what a test does in the next seconds counts in
     * one minute window, whenever it runs; and past midnight (UTC) if the day ends within the next ten minutes.
     */
    static void startAFreshMinute() {
        Instant now = TestClock.INSTANCE.instant();
        Instant midnight = now.atZone(ZoneOffset.UTC).toLocalDate().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant next = Duration.between(now, midnight).compareTo(Duration.ofMinutes(10)) < 0 ? midnight
                : now.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
        TestClock.INSTANCE.advance(Duration.between(now, next).plusMillis(50));
    }

    static void startTheNextMinute() {
        Instant now = TestClock.INSTANCE.instant();
        TestClock.INSTANCE.advance(Duration.between(now, now.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1)))
                .plusMillis(50));
    }
}

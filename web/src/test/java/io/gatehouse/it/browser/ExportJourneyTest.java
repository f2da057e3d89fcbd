package io.gatehouse.it.browser;

import io.gatehouse.account.Role;
import io.gatehouse.it.Scenario.Person;
import io.gatehouse.it.TestClock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sponsor allowed one export a minute presses "Export as PDF" a second time: the page says which limit was
 * reached and when to try again, and the dashboard shows what was used. The admin sees it on the account's page
 * and on the exports page. (A successful export is a download, which leaves the page as it was.)
 */
class ExportJourneyTest extends BrowserTest {

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void beyond_the_limit_the_page_says_when_and_the_admin_sees_the_usage(Viewport viewport) {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        UUID document = scenario().createDocument(sponsor, editor.id(), "Quarterly figures", "Text.");
        scenario().adminAct(sponsor.id(), "export-limits", Map.of("perMinute", "1", "perDay", "20", "atOnce", "1",
                "reason", "Trial account: one export a minute.")).assertStatus(303);
        Chrome chrome = chrome(viewport);
        signIn(chrome, sponsor.email(), PASSWORD);
        chrome.open("/sponsor/documents/" + document);
        // both exports in one minute of the app's clock, whenever the test runs
        Instant now = TestClock.INSTANCE.instant();
        TestClock.INSTANCE.advance(Duration.between(now, now.truncatedTo(ChronoUnit.MINUTES).plusSeconds(60)));
        sponsor.browser().get("/sponsor/documents/" + document).assertStatus(200);
        sponsor.browser().post("/sponsor/documents/" + document + "/export", Map.of()).assertStatus(200);

        chrome.expectStatus(429).click(button("/sponsor/documents/" + document + "/export"));
        chrome.screenshot("export-refused");
        assertThat(chrome.text()).contains("Export limit reached").contains("You can export again at");
        chrome.click(link("/sponsor/documents/" + document)).click(link("/sponsor/dashboard"));
        chrome.screenshot("sponsor-dashboard-exports");
        assertThat(chrome.text()).contains("Your PDF exports");

        Chrome admin = chrome(viewport);
        signInAsRootAdmin(admin);
        admin.click(link("/admin/exports"));
        admin.screenshot("admin-exports");
        assertThat(admin.text()).contains("Trial account: one export a minute.");
        admin.click(link("/admin/accounts/" + sponsor.id()));
        admin.find(By.id("exports-heading"));
        admin.screenshot("admin-account-exports");
    }
}

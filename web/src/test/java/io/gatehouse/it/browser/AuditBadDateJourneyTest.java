package io.gatehouse.it.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin filters the audit trail and gets the start date wrong: the answer is the audit page again, the date
 * field marked with its message beside it, and the other filters as they were.
 */
class AuditBadDateJourneyTest extends BrowserTest {

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void a_bad_date_is_marked_at_its_field_and_the_other_filters_are_kept(Viewport viewport) {
        Chrome chrome = chrome(viewport);
        signInAsRootAdmin(chrome);
        chrome.click(link("/audit"));
        chrome.fill("account", ADMIN_EMAIL).fill("actor", "system");
        Select type = new Select(chrome.find(By.id("type")));
        type.selectByIndex(1);
        String chosenType = type.getFirstSelectedOption().getDomProperty("value");
        chrome.click(button("/audit"));

        // The date fields are date/time pickers, which never submit a value they cannot read. A person gets a
        // bad date to the server the way they can: by editing the address, e.g. a date written day-first.
        String url = chrome.currentUrl().replaceFirst("([?&])from=[^&]*", "$1") + "&from=31%2F01%2F2026";
        chrome.allowStatus(400).open(url);
        chrome.screenshot("audit-bad-filter");

        WebElement from = chrome.find(By.id("from"));
        assertThat(from.getDomAttribute("aria-invalid")).isEqualTo("true");
        WebElement message = chrome.find(By.id(from.getDomAttribute("aria-describedby")));
        assertThat(message.isDisplayed()).isTrue();
        assertThat(message.getText()).containsPattern("(?i)date|time");
        int gap = message.getRect().getY() - (from.getRect().getY() + from.getRect().getHeight());
        assertThat(gap).as("the message sits right below its field").isBetween(0, 40);

        assertThat(chrome.find(By.id("account")).getDomProperty("value")).isEqualTo(ADMIN_EMAIL);
        assertThat(chrome.find(By.id("actor")).getDomProperty("value")).isEqualTo("system");
        assertThat(new Select(chrome.find(By.id("type"))).getFirstSelectedOption().getDomProperty("value"))
                .isEqualTo(chosenType);
    }
}

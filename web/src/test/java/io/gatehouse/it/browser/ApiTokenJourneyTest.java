package io.gatehouse.it.browser;

import io.gatehouse.account.Role;
import io.gatehouse.it.Scenario.Person;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** A sponsor makes a personal API token from their account page, copies it the one time it is shown, and revokes it. */
class ApiTokenJourneyTest extends BrowserTest {

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void a_sponsor_makes_a_token_sees_it_once_and_revokes_it(Viewport viewport) {
        Person sponsor = scenario().active(Role.SPONSOR);
        Chrome chrome = chrome(viewport);
        signIn(chrome, sponsor.email(), PASSWORD);
        chrome.open("/account/status").click(link("/account/tokens"));
        chrome.screenshot("tokens-empty");
        assertThat(chrome.text()).contains("curl -H \"Authorization: Bearer gh_…\"").contains("/api/v1/me");

        chrome.expectStatus(400).click(button("/account/tokens"));
        assertThat(chrome.find(By.id("name-error")).getText()).contains("A token name is required.");
        chrome.screenshot("tokens-refused");

        chrome.fill("name", "Nightly export");
        chrome.find(By.cssSelector("input[name=scopes][value='documents:read']")).click();
        chrome.choose("expiresInDays", "30 days").click(button("/account/tokens"));
        String token = chrome.find(By.id("new-token")).getText();
        assertThat(token).matches("gh_[a-z2-9]{8}_[A-Za-z0-9_-]{43}");
        assertThat(chrome.text()).contains("will not be shown again");
        chrome.screenshot("token-made");

        chrome.open("/account/tokens");
        assertThat(chrome.text()).doesNotContain(token).contains("Nightly export");
        chrome.click(By.cssSelector("form[action$='/revoke'] button"));
        assertThat(chrome.text()).contains("\u201cNightly export\u201d was revoked");
        chrome.screenshot("token-revoked");
    }
}

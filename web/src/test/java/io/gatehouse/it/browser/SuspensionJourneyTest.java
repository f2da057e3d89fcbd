package io.gatehouse.it.browser;

import io.gatehouse.account.Role;
import io.gatehouse.it.Scenario.Person;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A sponsor has their area open when an admin suspends them: their next click says so, and why. */
class SuspensionJourneyTest extends BrowserTest {

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void the_suspended_person_learns_it_and_why_at_their_next_click(Viewport viewport) {
        Person sponsor = scenario().active(Role.SPONSOR);
        Chrome chrome = chrome(viewport);
        signIn(chrome, sponsor.email(), PASSWORD);
        chrome.click(link("/sponsor/dashboard"));

        String reason = "Shared their password with a contractor";
        scenario().adminAct(sponsor.id(), "suspend", Map.of("reason", reason)).assertStatus(303);

        // 401: nothing they sent was acted on, and their session is over
        chrome.expectStatus(401).click(link("/sponsor/documents"));
        chrome.screenshot("suspended");
        assertThat(chrome.text()).containsIgnoringCase("suspended").contains(reason);
    }
}

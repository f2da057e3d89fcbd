package io.gatehouse.it.browser;

import io.gatehouse.account.Role;
import io.gatehouse.it.Scenario.Person;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sponsor and the editor have the same document open in their own browsers. The editor saves first; the
 * sponsor's save, from a page that is now out of date, must not wipe out the editor's text, nor lose the
 * sponsor's: a 409 page that says what changed and keeps what the sponsor typed in the form.
 */
class LostEditJourneyTest extends BrowserTest {

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void a_save_from_a_stale_page_is_refused_and_keeps_what_was_typed(Viewport viewport) {
        Person editor = scenario().active(Role.EDITOR);
        Person sponsor = scenario().active(Role.SPONSOR);
        String title = "Budget " + UUID.randomUUID().toString().substring(0, 6);
        UUID document = scenario().createDocument(sponsor, editor.id(), title, "First draft.");
        String editorsText = "The editor's figures, checked twice.";
        String sponsorsText = "The sponsor's own words, typed on a page opened before the editor saved.";

        Chrome sponsors = chrome(viewport);
        signIn(sponsors, sponsor.email(), PASSWORD);
        sponsors.open("/sponsor/documents/" + document).fill("body", sponsorsText);

        Chrome editors = chrome(viewport);
        signIn(editors, editor.email(), PASSWORD);
        editors.open("/editor/documents/" + document).fill("body", editorsText)
                .click(button("/editor/documents/" + document));

        sponsors.expectStatus(409).click(button("/sponsor/documents/" + document));
        sponsors.screenshot("stale-save");
        assertThat(sponsors.text()).as("the page says someone else changed it").containsIgnoringCase("changed");
        assertThat(sponsors.text()).as("and shows what changed").contains(editorsText);
        assertThat(sponsors.find(By.id("body")).getDomProperty("value")).as("what the sponsor typed")
                .isEqualTo(sponsorsText);

        editors.open("/editor/documents/" + document);
        assertThat(editors.find(By.id("body")).getDomProperty("value")).isEqualTo(editorsText);
    }
}

package io.gatehouse.it.browser;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The checks the journeys rely on catch what they claim to: each is shown a page that breaks it. */
class BrowserChecksTest extends BrowserTest {

    @Test
    void an_inline_style_refused_by_the_content_security_policy_fails_the_page() {
        Chrome chrome = chrome(Viewport.DESKTOP).open("/");
        // what an inline style="…" in a template would do; the policy refuses it and Chromium says so in the console
        chrome.script("document.querySelector('main').setAttribute('style', 'color: red')");
        assertThatThrownBy(chrome::check).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Content Security Policy").hasMessageContaining("style-src");
    }

    @Test
    void an_inline_script_refused_by_the_content_security_policy_fails_the_page() {
        Chrome chrome = chrome(Viewport.DESKTOP).open("/");
        chrome.script("const s = document.createElement('script'); s.textContent = 'document.title = 1';"
                + " document.body.appendChild(s)");
        assertThatThrownBy(chrome::check).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Content Security Policy").hasMessageContaining("script-src");
    }

    @Test
    void a_table_wider_than_a_phone_fails_the_page() {
        Chrome chrome = chrome(Viewport.PHONE).open("/");
        // set through the CSS object model, which the policy allows, so that only the width is at fault
        chrome.script("const t = document.createElement('table'); t.className = 'wide'; t.style.width = '600px';"
                + " t.insertRow().insertCell().textContent = 'x'; document.querySelector('main').appendChild(t)");
        assertThatThrownBy(chrome::check).isInstanceOf(AssertionError.class)
                .hasMessageContaining("table #").hasMessageContaining("(wide)").hasMessageContaining("390 px");
    }

    @Test
    void an_error_status_fails_the_page_unless_the_journey_expects_it() {
        Chrome chrome = chrome(Viewport.DESKTOP);
        assertThatThrownBy(() -> chrome.open("/signup/confirm?token=no-such-token")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("the server responded with a status of");
        assertThatCode(() -> chrome.expectStatus(400).open("/signup/confirm?token=no-such-token")).doesNotThrowAnyException();
    }
}

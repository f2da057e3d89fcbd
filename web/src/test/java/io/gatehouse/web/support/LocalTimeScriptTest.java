package io.gatehouse.web.support;

import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page loads the local-time script as a file (the CSP allows no inline script), served to anyone. */
class LocalTimeScriptTest extends IntegrationTest {

    @Test
    void everyPageLoadsTheScriptFileAndAnyoneCanFetchIt() {
        Browser anonymous = browser();

        Browser.Response script = anonymous.get("/js/local-time.js").assertStatus(200);
        Browser.Response page = scenario().rootBrowser().get("/audit").assertStatus(200);

        assertThat(script.header("Content-Type")).contains("javascript");
        assertThat(script.header("Set-Cookie")).isNull();
        assertThat(script.header("Content-Security-Policy")).contains("script-src 'self'");
        assertThat(script.body()).contains("time[datetime]");
        Element tag = page.html().selectFirst("script[src=/js/local-time.js]");
        assertThat(tag).isNotNull();
        assertThat(tag.hasAttr("defer")).isTrue();
        assertThat(page.html().select("script:not([src])")).as("no inline script").isEmpty();
        assertThat(page.html().select("time[datetime]")).isNotEmpty()
                .allSatisfy(time -> assertThat(time.text()).endsWith(" UTC"));
        assertThat(anonymous.get("/").html().selectFirst("script[src=/js/local-time.js]")).isNotNull();
    }
}

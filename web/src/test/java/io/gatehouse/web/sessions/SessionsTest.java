package io.gatehouse.web.sessions;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario;
import org.jsoup.nodes.Element;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the tests of {@code /account/sessions} share: one account signed in from several browsers. */
abstract class SessionsTest extends IntegrationTest {

    static final String CHROME_ON_WINDOWS =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0 Safari/537.36";
    static final String FIREFOX_ON_LINUX = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";

    /** An ACTIVE sponsor that signed up and was approved, with no session open yet; returns the e-mail. */
    String approvedWithoutSession() {
        String email = Scenario.uniqueEmail("sessions");
        scenario().register(Role.SPONSOR, email, "Session Keeper");
        scenario().adminAct(scenario().accountIdOf(email), "approve", Map.of()).assertStatus(303);
        return email;
    }

    /** A new browser, with its own user agent and client address, signed in as {@code email}. */
    Browser signIn(String email, String userAgent, String address) {
        Browser browser = browser().withHeader("User-Agent", userAgent).from(address);
        Browser.Response answer = browser.submit("/login", "/login", Map.of("username", email, "password", PASSWORD));
        assertThat(answer.location()).isEqualTo("/account/status");
        return browser;
    }

    /** The handle in the action of the first End button on the sessions page. */
    static String handleOfOtherSession(Browser.Response page) {
        Element form = page.html().selectFirst("table.sessions tr:not(.current) form[action$=/end]");
        assertThat(form).as("an End button for another session").isNotNull();
        String action = form.attr("action");
        return action.substring("/account/sessions/".length(), action.length() - "/end".length());
    }
}

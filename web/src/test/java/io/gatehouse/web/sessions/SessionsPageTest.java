package io.gatehouse.web.sessions;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /account/sessions}: where the account is signed in (browser, address, when), each session named by
 * a handle that is not its id. Ending them: {@link SessionEndingTest}.
 */
class SessionsPageTest extends IntegrationTest {

    private static final String CHROME_ON_WINDOWS =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0 Safari/537.36";
    private static final String FIREFOX_ON_LINUX = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";

    @Test
    void sessionsPageListsEverySessionWithItsFactsAndMarksThisOne() {
        String email = approvedWithoutSession();
        Browser office = signIn(email, CHROME_ON_WINDOWS, "203.0.113.10");
        Browser home = signIn(email, FIREFOX_ON_LINUX, "198.51.100.20");

        List<Element> rows = office.get("/account/sessions").assertStatus(200).html().select("table.sessions tbody tr");

        assertThat(rows).hasSize(2);
        Element current = rows.get(0); // the session in use comes first
        assertThat(current.hasClass("current")).isTrue();
        assertThat(cells(current)).startsWith("Chrome on Windows this session", "203.0.113.10");
        Element other = rows.get(1);
        assertThat(other.text()).doesNotContain("this session");
        assertThat(cells(other)).startsWith("Firefox on Linux", "198.51.100.20");
        for (Element row : rows) {
            assertThat(row.select("td").get(2).text()).as("started").matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC");
            assertThat(row.select("td").get(3).text()).as("last active").matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC");
        }
        assertThat(current.select("form")).as("no button ends the session in use").isEmpty();
        home.get("/account/status").assertStatus(200);
    }

    @Test
    void handlesOnThePageAreNotSessionIds() {
        String email = approvedWithoutSession();
        Browser office = signIn(email, CHROME_ON_WINDOWS, "203.0.113.11");
        Browser home = signIn(email, FIREFOX_ON_LINUX, "198.51.100.21");

        Browser.Response page = office.get("/account/sessions").assertStatus(200);

        String handle = handleOfOtherSession(page);
        for (Browser browser : List.of(office, home)) {
            String id = new String(Base64.getDecoder().decode(browser.sessionCookie()), StandardCharsets.UTF_8);
            assertThat(handle).isNotEqualTo(id).isNotEqualTo(browser.sessionCookie());
            assertThat(page.body()).doesNotContain(id).doesNotContain(browser.sessionCookie());
        }
    }

    /** An ACTIVE sponsor that signed up and was approved, with no session open yet; returns the e-mail. */
    private String approvedWithoutSession() {
        String email = Scenario.uniqueEmail("sessions");
        scenario().register(Role.SPONSOR, email, "Session Keeper");
        scenario().adminAct(scenario().accountIdOf(email), "approve", Map.of()).assertStatus(303);
        return email;
    }

    private Browser signIn(String email, String userAgent, String address) {
        Browser browser = browser().withHeader("User-Agent", userAgent).from(address);
        Browser.Response answer = browser.submit("/login", "/login", Map.of("username", email, "password", PASSWORD));
        assertThat(answer.location()).isEqualTo("/account/status");
        return browser;
    }

    private static String handleOfOtherSession(Browser.Response page) {
        Element form = page.html().selectFirst("table.sessions tr:not(.current) form[action$=/end]");
        assertThat(form).as("an End button for another session").isNotNull();
        String action = form.attr("action");
        return action.substring("/account/sessions/".length(), action.length() - "/end".length());
    }

    private static List<String> cells(Element row) {
        return row.select("td").eachText();
    }
}

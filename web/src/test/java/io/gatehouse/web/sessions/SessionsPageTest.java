package io.gatehouse.web.sessions;

import io.gatehouse.it.Browser;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /account/sessions}: where the account is signed in (browser, address, when), each session named by
 * a handle that is not its id. Ending them: {@link SessionEndingTest}.
 */
class SessionsPageTest extends SessionsTest {

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

    private static List<String> cells(Element row) {
        return row.select("td").eachText();
    }
}

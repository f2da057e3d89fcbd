package io.gatehouse.web.admin;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.Scenario.Person;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After deciding on one request, the page offers the oldest request still waiting. Which one (or none) is
 * {@link NextPendingTest}'s: the shared database always has requests waiting from other tests.
 */
class NextPendingRequestTest extends IntegrationTest {

    private final Scenario scenario = scenario();

    @Test
    void afterApprovingThePageLinksTheOldestPendingRequest() {
        Person admin = scenario.newAdmin();
        Person person = scenario.signUp(Role.SPONSOR);
        scenario.signUp(Role.EDITOR);

        Scenario.act(admin.browser(), person.id(), "approve", Map.of()).assertStatus(303);

        Browser.Response page = admin.browser().get("/admin/accounts/" + person.id()).assertStatus(200);
        String oldest = admin.browser().get("/admin").html()
                .selectFirst("table.list tbody a[href^=/admin/accounts/]").attr("href");
        Element next = page.html().selectFirst("p.next-pending a");
        assertThat(next.text()).isEqualTo("Next pending request");
        assertThat(next.attr("href")).isEqualTo(oldest);
        // only right after a decision: the account page on its own does not offer it
        assertThat(admin.browser().get("/admin/accounts/" + person.id()).html().selectFirst("p.next-pending")).isNull();
    }
}

package io.gatehouse.web.admin;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.Scenario.Person;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** After deciding on one request, the page offers the oldest request still waiting, or says none is. */
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

    @Test
    void afterRejectingTheLastPendingRequestThePageSaysNoneIsLeft() {
        Person admin = scenario.newAdmin();
        Person last = scenario.signUp(Role.EDITOR);
        rejectAllPendingBut(admin, last.id().toString());

        Scenario.act(admin.browser(), last.id(), "reject", Map.of("reason", "Not known to us")).assertStatus(303);

        Browser.Response page = admin.browser().get("/admin/accounts/" + last.id()).assertStatus(200);
        assertThat(page.html().selectFirst("p.next-pending").text()).isEqualTo("No pending requests left.");
        assertThat(page.html().selectFirst("p.next-pending a")).isNull();
    }

    /** Other tests leave requests waiting: decide on them, a list page at a time, through the bulk form. */
    private static void rejectAllPendingBut(Person admin, String keep) {
        for (int round = 0; round < 100; round++) {
            Browser.Response list = admin.browser().get("/admin/accounts?status=PENDING").assertStatus(200);
            List<Map.Entry<String, String>> fields = new ArrayList<>();
            list.html().select("input[name=ids]").eachAttr("value").stream().filter(id -> !id.equals(keep))
                    .forEach(id -> fields.add(Map.entry("ids", id)));
            if (fields.isEmpty()) {
                return;
            }
            fields.add(Map.entry("decision", "reject"));
            fields.add(Map.entry("reason", "Clearing the queue for a test"));
            admin.browser().post("/admin/accounts/bulk", fields).assertStatus(303);
        }
        throw new AssertionError("The pending requests did not run out");
    }
}

package io.gatehouse.web.audit;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Pages;
import io.gatehouse.it.Scenario;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StateAfterLinkTest extends IntegrationTest {

    @Test
    void historyRowLinkWhenFollowedThenShowsTheStateRightAfterThatEvent() {
        Scenario scenario = scenario();
        Scenario.Person person = scenario.active(Role.EDITOR);
        scenario.adminAct(person.id(), "suspend", Map.of("reason", "paused")).assertStatus(303);
        Browser auditor = scenario.rootAdmin().browser();

        Browser.Response history = auditor.get("/audit/accounts/" + person.id()).assertStatus(200);
        var links = history.html().select("table.history a[href*=?at=]");
        // signed up, confirmed, signed in, approved, suspended, and the session the suspension ended
        assertThat(links).hasSize(6);

        Browser.Response afterConfirmation = auditor.get(links.get(1).attr("href")).assertStatus(200);
        assertThat(Pages.state(afterConfirmation)).isEqualTo("PENDING");
        Browser.Response afterApproval = auditor.get(links.get(3).attr("href")).assertStatus(200);
        assertThat(Pages.state(afterApproval)).isEqualTo("ACTIVE");
        Browser.Response afterSuspension = auditor.get(links.get(4).attr("href")).assertStatus(200);
        assertThat(Pages.state(afterSuspension)).isEqualTo("SUSPENDED");
    }
}

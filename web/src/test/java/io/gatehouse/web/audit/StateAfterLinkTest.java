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
        assertThat(links).hasSize(3);

        Browser.Response afterApproval = auditor.get(links.get(1).attr("href")).assertStatus(200);
        assertThat(Pages.state(afterApproval)).isEqualTo("ACTIVE");
        Browser.Response afterSuspension = auditor.get(links.get(2).attr("href")).assertStatus(200);
        assertThat(Pages.state(afterSuspension)).isEqualTo("SUSPENDED");
    }
}

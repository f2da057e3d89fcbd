package io.gatehouse.web.admin;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Pages;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.Scenario.Person;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The account page says why no act is offered, and a refusal whose form is gone still says why at the top. */
class AccountPageNotesTest extends IntegrationTest {

    private final Scenario scenario = scenario();

    @Test
    void aBlankReasonRejectOnAnAccountAlreadyApprovedStillShowsAMessage() {
        Person person = scenario.signUp(Role.EDITOR);
        scenario.adminAct(person.id(), "approve", Map.of()).assertStatus(303);

        // sent from a page opened before another admin approved: the reject form is no longer on the page
        Browser.Response page = scenario.rootBrowser().post("/admin/accounts/" + person.id() + "/reject",
                Map.of("reason", "  "));

        assertThat(page.status()).isEqualTo(400);
        assertThat(Pages.problem(page)).isEqualTo("A reason is required to reject an account.");
        assertThat(page.html().selectFirst("form[action$=/reject]")).isNull();
        assertThat(Pages.state(page)).isEqualTo("ACTIVE");
    }

    @Test
    void anErasedAccountsPageTitleNamesItErased() {
        Person person = scenario.signUp(Role.SPONSOR);
        scenario.adminAct(person.id(), "erase", Map.of("reason", "Asked to be forgotten")).assertStatus(303);

        Browser.Response page = scenario.rootBrowser().get("/admin/accounts/" + person.id()).assertStatus(200);

        assertThat(page.html().title()).isEqualTo("Account: erased account \u00b7 Gatehouse");
    }

    @Test
    void aWithdrawnRequestSaysSoInsteadOfOfferingDecisions() {
        Person person = scenario.signUp(Role.SPONSOR);
        person.browser().get("/account/status").assertStatus(200);
        person.browser().post("/account/withdraw", Map.of("reason", "Joined another team.")).assertStatus(303);

        Browser.Response page = scenario.rootBrowser().get("/admin/accounts/" + person.id()).assertStatus(200);

        assertThat(Pages.state(page)).isEqualTo("WITHDRAWN");
        assertThat(page.html().select("p.note").eachText())
                .anySatisfy(note -> assertThat(note).startsWith("This request was withdrawn by the person who made it"));
    }
}

package io.gatehouse.web.admin;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Pages;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.Scenario.Person;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A blank or too long reason is answered at the form it was typed in: 400, the textarea marked, the message under it. */
class ReasonAtFormTest extends IntegrationTest {

    private final Scenario scenario = scenario();

    @Test
    void suspendWithBlankReasonThenMessageAtTheSuspendForm() {
        Person person = scenario.active(Role.SPONSOR);

        Browser.Response page = scenario.adminAct(person.id(), "suspend", Map.of("reason", "   "));

        assertThat(page.status()).isEqualTo(400);
        Document html = page.html();
        Element reason = html.selectFirst("textarea#suspend-reason");
        assertThat(reason.attr("aria-invalid")).isEqualTo("true");
        assertThat(reason.attr("aria-describedby")).isEqualTo("suspend-reason-error");
        Element message = reason.nextElementSibling();
        assertThat(message.is("p.field-error#suspend-reason-error")).isTrue();
        assertThat(message.text()).isEqualTo("A reason is required to suspend an account.");
        assertThat(html.selectFirst("form[action$=/suspend]").select("p.field-error")).hasSize(1);
        assertThat(Pages.problem(page)).as("not at the top of the page").isNull();
        assertThat(html.select("[aria-invalid]")).hasSize(1);
        assertThat(Pages.state(scenario.rootBrowser().get("/admin/accounts/" + person.id()))).isEqualTo("ACTIVE");
    }

    @Test
    void rejectWithTooLongReasonThenWhatWasTypedKeptAtTheRejectForm() {
        Person person = scenario.signUp(Role.EDITOR);
        String typed = "y".repeat(501);

        Browser.Response page = scenario.adminAct(person.id(), "reject", Map.of("reason", typed));

        assertThat(page.status()).isEqualTo(400);
        Element reason = page.html().selectFirst("textarea#reject-reason");
        assertThat(reason.attr("aria-invalid")).isEqualTo("true");
        assertThat(reason.text()).isEqualTo(typed);
        assertThat(page.html().selectFirst("#reject-reason-error").text()).contains("at most 500 characters");
        assertThat(page.html().selectFirst("textarea#approve-reason").hasAttr("aria-invalid")).isFalse();
    }

    @Test
    void refusalForAnotherCauseStaysAtTheTopOfThePage() {
        Person person = scenario.active(Role.SPONSOR);

        Browser.Response page = scenario.adminAct(person.id(), "approve", Map.of("reason", "again"));

        assertThat(page.status()).isEqualTo(409);
        assertThat(Pages.problem(page)).contains("PENDING");
        assertThat(page.html().select("[aria-invalid]")).isEmpty();
    }
}

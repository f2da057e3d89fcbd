package io.gatehouse.web.admin;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Pages;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.Scenario.Person;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A bulk request no page sends (indexed ids, one account spelled twice) gets a clear answer, never a 500. */
class BulkDecisionHandWrittenTest extends IntegrationTest {

    private static final String LIST = "/admin/accounts?status=PENDING";

    private final Scenario scenario = scenario();

    @Test
    void anIndexedIdIsNoChoiceThen400AndNothingRecorded() {
        Person admin = scenario.newAdmin();
        Person person = scenario.signUp(Role.SPONSOR);
        admin.browser().get(LIST).assertStatus(200);

        Browser.Response answer = admin.browser().post("/admin/accounts/bulk",
                List.of(Map.entry("ids[3]", person.id().toString()), Map.entry("decision", "approve")));

        answer.assertStatus(400);
        assertThat(answer.html().selectFirst("#ids-error").text()).isEqualTo("Select at least one request.");
        assertUntouched(admin, person.id());
    }

    @Test
    void anIndexedIdWithoutADecisionThen400WithBothMessages() {
        Person admin = scenario.newAdmin();
        Person person = scenario.signUp(Role.SPONSOR);
        admin.browser().get(LIST).assertStatus(200);

        Browser.Response answer = admin.browser().post("/admin/accounts/bulk",
                List.of(Map.entry("ids[3]", person.id().toString()), Map.entry("ids", "")));

        answer.assertStatus(400);
        assertThat(answer.html().selectFirst("#ids-error").text()).isEqualTo("Select at least one request.");
        assertThat(answer.html().selectFirst("#decision-error").text()).isEqualTo("Choose approve or reject.");
        assertUntouched(admin, person.id());
    }

    @Test
    void anIndexPastTheBindingLimitThen400() {
        Person admin = scenario.newAdmin();
        scenario.signUp(Role.EDITOR);
        admin.browser().get(LIST).assertStatus(200);

        Browser.Response answer = admin.browser().post("/admin/accounts/bulk",
                List.of(Map.entry("ids[300]", "x"), Map.entry("decision", "approve")));

        answer.assertStatus(400);
        assertThat(answer.html().selectFirst("#ids-error").text()).isEqualTo("Select at least one request.");
    }

    @Test
    void oneAccountInUpperAndLowerCaseIsDecidedOnce() {
        Person admin = scenario.newAdmin();
        Person person = scenario.signUp(Role.SPONSOR);
        admin.browser().get(LIST).assertStatus(200);

        admin.browser().post("/admin/accounts/bulk", List.of(Map.entry("ids", person.id().toString()),
                Map.entry("ids", person.id().toString().toUpperCase()), Map.entry("decision", "approve")))
                .assertStatus(303);

        Browser.Response list = admin.browser().get(LIST).assertStatus(200);
        assertThat(Pages.notice(list)).isEqualTo("1 request approved.");
        assertThat(list.html().selectFirst("div.flash.error")).as("no refusal for the second spelling").isNull();
        Browser.Response page = admin.browser().get("/admin/accounts/" + person.id()).assertStatus(200);
        assertThat(Pages.state(page)).isEqualTo("ACTIVE");
        assertThat(Pages.history(page)).hasSize(3);
    }

    private static void assertUntouched(Person admin, UUID id) {
        Browser.Response page = admin.browser().get("/admin/accounts/" + id).assertStatus(200);
        assertThat(Pages.state(page)).isEqualTo("PENDING");
        assertThat(Pages.history(page)).hasSize(2);
    }
}

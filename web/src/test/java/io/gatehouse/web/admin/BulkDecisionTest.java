package io.gatehouse.web.admin;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Pages;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.Scenario.Person;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deciding on several pending requests at once from the list: each is its own act, recorded with the one reason;
 * one that cannot be decided is named with the reason why, and the others still go through.
 */
class BulkDecisionTest extends IntegrationTest {

    private static final String LIST = "/admin/accounts?status=PENDING";

    private final Scenario scenario = scenario();

    @Test
    void approveThreeOfWhichOneWasJustRejectedElsewhereThenTwoApprovedAndTheThirdNamed() {
        Person admin = scenario.newAdmin();
        Person first = scenario.signUp(Role.SPONSOR);
        Person second = scenario.signUp(Role.EDITOR);
        Person third = scenario.signUp(Role.SPONSOR, Scenario.uniqueEmail("third"), "Third Person");
        admin.browser().get(LIST).assertStatus(200);
        // another admin decides on the third while this admin's list is open
        scenario.adminAct(third.id(), "reject", Map.of("reason", "Unknown organization")).assertStatus(303);

        Browser.Response answer = admin.browser().post("/admin/accounts/bulk",
                fields("approve", "Checked by phone", first.id(), second.id(), third.id()));

        answer.assertStatus(303);
        assertThat(answer.header("Location")).endsWith(LIST);
        Browser.Response list = admin.browser().get(LIST).assertStatus(200);
        assertThat(Pages.notice(list)).isEqualTo("2 requests approved.");
        Element refused = list.html().selectFirst("div.flash.error");
        assertThat(refused.selectFirst("p").text()).isEqualTo("Could not approve 1 request:");
        assertThat(refused.select("li").eachText()).singleElement().asString().startsWith("Third Person: ");
        assertThat(refused.selectFirst("li a").attr("href")).isEqualTo("/admin/accounts/" + third.id());
        for (Person approved : List.of(first, second)) {
            Browser.Response page = admin.browser().get("/admin/accounts/" + approved.id()).assertStatus(200);
            assertThat(Pages.state(page)).isEqualTo("ACTIVE");
            Pages.Row last = Pages.history(page).get(2);
            assertThat(last.action()).isEqualTo("Approved");
            assertThat(last.reason()).isEqualTo("Checked by phone");
            assertThat(last.actor()).isEqualTo(admin.email());
        }
        Browser.Response thirdPage = admin.browser().get("/admin/accounts/" + third.id()).assertStatus(200);
        assertThat(Pages.state(thirdPage)).isEqualTo("REJECTED");
        assertThat(Pages.history(thirdPage)).hasSize(3);
    }

    @Test
    void rejectSeveralWithAReasonThenEachRejectedWithThatReason() {
        Person admin = scenario.newAdmin();
        Person first = scenario.signUp(Role.SPONSOR);
        Person second = scenario.signUp(Role.SPONSOR);
        admin.browser().get(LIST).assertStatus(200);

        admin.browser().post("/admin/accounts/bulk", fields("reject", "Duplicate requests", first.id(), second.id()))
                .assertStatus(303);

        assertThat(Pages.notice(admin.browser().get(LIST))).isEqualTo("2 requests rejected.");
        for (Person rejected : List.of(first, second)) {
            Browser.Response page = admin.browser().get("/admin/accounts/" + rejected.id()).assertStatus(200);
            assertThat(Pages.state(page)).isEqualTo("REJECTED");
            assertThat(Pages.facts(page).get("Reason")).isEqualTo("Duplicate requests");
        }
    }

    @Test
    void rejectWithABlankReasonThenTheListAgainWithTheMessageAtTheFormAndNothingRecorded() {
        Person admin = scenario.newAdmin();
        Person person = scenario.signUp(Role.EDITOR);
        admin.browser().get(LIST).assertStatus(200);

        Browser.Response answer = admin.browser().post("/admin/accounts/bulk", fields("reject", "  ", person.id()));

        answer.assertStatus(400);
        Element reason = answer.html().selectFirst("form.bulk-form textarea#bulk-reason");
        assertThat(reason.attr("aria-invalid")).isEqualTo("true");
        assertThat(reason.attr("aria-describedby")).isEqualTo("bulk-reason-error");
        assertThat(answer.html().selectFirst("#bulk-reason-error").text())
                .isEqualTo("A reason is required to reject an account.");
        assertThat(answer.html().selectFirst("form.bulk-form p.flash.error").text())
                .isEqualTo("Please correct the marked fields.");
        assertThat(answer.html().selectFirst("input[name=ids][value=" + person.id() + "]").hasAttr("checked")).isTrue();
        assertThat(answer.html().selectFirst("input[name=decision][value=reject]").hasAttr("checked")).isTrue();
        assertUntouched(admin, person.id());
    }

    @Test
    void noRequestSelectedThenAClearMessageAndNothingRecorded() {
        Person admin = scenario.newAdmin();
        Person person = scenario.signUp(Role.SPONSOR);
        admin.browser().get(LIST).assertStatus(200);

        Browser.Response answer = admin.browser().post("/admin/accounts/bulk", fields("approve", "ok"));

        answer.assertStatus(400);
        assertThat(answer.html().selectFirst("#ids-error").text()).isEqualTo("Select at least one request.");
        assertThat(answer.html().selectFirst("input[name=ids]").attr("aria-describedby")).isEqualTo("ids-error");
        assertUntouched(admin, person.id());
    }

    @Test
    void aReasonOverTheLimitThenTheMessageAtTheFormAndNothingRecorded() {
        Person admin = scenario.newAdmin();
        Person person = scenario.signUp(Role.SPONSOR);
        admin.browser().get(LIST).assertStatus(200);

        Browser.Response answer = admin.browser().post("/admin/accounts/bulk",
                fields("approve", "x".repeat(501), person.id()));

        answer.assertStatus(400);
        assertThat(answer.html().selectFirst("#bulk-reason-error").text())
                .isEqualTo("A reason can be at most 500 characters long.");
        assertUntouched(admin, person.id());
    }

    @Test
    void aNonAdminGets403AndNothingIsRecorded() {
        Person sponsor = scenario.active(Role.SPONSOR);
        Person person = scenario.signUp(Role.EDITOR);
        sponsor.browser().get("/sponsor/dashboard").assertStatus(200);

        sponsor.browser().post("/admin/accounts/bulk", fields("approve", "", person.id())).assertStatus(403);

        assertUntouched(scenario.newAdmin(), person.id());
    }

    @Test
    void withoutTheCsrfTokenThen403AndNothingIsRecorded() {
        Person admin = scenario.newAdmin();
        Person person = scenario.signUp(Role.EDITOR);
        admin.browser().get(LIST).assertStatus(200);

        admin.browser().postRaw("/admin/accounts/bulk", Map.of("ids", person.id().toString(), "decision", "approve"))
                .assertStatus(403);

        assertUntouched(admin, person.id());
    }

    @Test
    void theListOfPendingRequestsOffersTheFormAndOtherListsDoNot() {
        Person admin = scenario.newAdmin();
        Person person = scenario.signUp(Role.EDITOR);

        Browser.Response pending = admin.browser().get(LIST).assertStatus(200);
        assertThat(pending.html().selectFirst("form.bulk-form input[name=_csrf]")).isNotNull();
        assertThat(pending.html().selectFirst("form.bulk-form input[type=checkbox][name=ids][value=" + person.id() + "]"))
                .isNotNull();
        assertThat(admin.browser().get("/admin/accounts").assertStatus(200).html().selectFirst("form.bulk-form")).isNull();
    }

    private static void assertUntouched(Person admin, UUID id) {
        Browser.Response page = admin.browser().get("/admin/accounts/" + id).assertStatus(200);
        assertThat(Pages.state(page)).isEqualTo("PENDING");
        assertThat(Pages.history(page)).hasSize(2);
    }

    private static List<Map.Entry<String, String>> fields(String decision, String reason, UUID... ids) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (UUID id : ids) {
            fields.add(Map.entry("ids", id.toString()));
        }
        fields.add(Map.entry("decision", decision));
        fields.add(Map.entry("reason", reason));
        return fields;
    }
}

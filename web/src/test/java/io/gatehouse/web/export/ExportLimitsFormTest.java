package io.gatehouse.web.export;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Pages;
import io.gatehouse.it.Scenario.Person;
import io.gatehouse.it.TestClock;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account page's export limit forms: an act with a reason like every admin act, recorded in the history; bad
 * input answered at the form with what was typed (400), a state that forbids it at the top (409).
 */
class ExportLimitsFormTest extends IntegrationTest {

    private static Map<String, String> limits(String perMinute, String perDay, String atOnce, String reason) {
        return Map.of("perMinute", perMinute, "perDay", perDay, "atOnce", atOnce, "reason", reason);
    }

    private List<Pages.Row> history(UUID account) {
        return Pages.history(scenario().rootBrowser().get("/admin/accounts/" + account).assertStatus(200));
    }

    /** The history lists the oldest first. */
    private Pages.Row lastAct(UUID account) {
        List<Pages.Row> history = history(account);
        return history.get(history.size() - 1);
    }

    @Test
    void setWithAReasonThenShownOnThePageAndRecordedInTheHistory() {
        Person sponsor = scenario().active(Role.SPONSOR);

        Browser.Response done = scenario().adminAct(sponsor.id(), "export-limits", limits("5", "50", "1", "Big report."));

        assertThat(done.status()).isEqualTo(303);
        Browser.Response page = scenario().rootBrowser().get("/admin/accounts/" + sponsor.id()).assertStatus(200);
        assertThat(Pages.notice(page)).isEqualTo("Export limits set: 5/min, 50/day, 1 at once.");
        String section = page.html().selectFirst("section.export-limits").text();
        assertThat(section).contains("5/min, 50/day, 1 at once (set for this account by an admin)")
                .contains("Reason Big report.").contains("Exports today (UTC) 0");
        assertThat(lastAct(sponsor.id()).action()).isEqualTo("Export limits set");
        assertThat(lastAct(sponsor.id()).reason()).isEqualTo("Big report.");
    }

    @Test
    void setWithANumberThatIsNotOneThenTheFormAgainWithWhatWasTypedAndNothingRecorded() {
        Person sponsor = scenario().active(Role.SPONSOR);
        int before = history(sponsor.id()).size();

        Browser.Response page = scenario().adminAct(sponsor.id(), "export-limits", limits("ten", "50", "", "Why."));

        assertThat(page.status()).isEqualTo(400);
        Element perMinute = page.html().selectFirst("input#exports-per-minute");
        assertThat(perMinute.attr("value")).isEqualTo("ten");
        assertThat(perMinute.attr("aria-invalid")).isEqualTo("true");
        assertThat(page.html().selectFirst("#exports-per-minute-error").text())
                .isEqualTo("Enter a whole number of exports a minute.");
        assertThat(page.html().selectFirst("#exports-at-once-error").text())
                .isEqualTo("Enter how many exports may run at once.");
        assertThat(page.html().selectFirst("textarea#exports-reason").text()).isEqualTo("Why.");
        assertThat(history(sponsor.id())).hasSize(before);
    }

    @Test
    void setWithoutAReasonThenTheMessageAtTheReasonAndTheNumbersKept() {
        Person sponsor = scenario().active(Role.SPONSOR);

        Browser.Response page = scenario().adminAct(sponsor.id(), "export-limits", limits("7", "70", "2", "  "));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.html().selectFirst("textarea#exports-reason").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.html().selectFirst("#exports-reason-error").text())
                .isEqualTo("A reason is required to set the export limits of an account.");
        assertThat(page.html().selectFirst("input#exports-per-day").attr("value")).isEqualTo("70");
        assertThat(Pages.problem(page)).isNull();
    }

    @Test
    void setLimitsOutOfRangeThenTheCommandsMessageAtTheForm() {
        Person sponsor = scenario().active(Role.SPONSOR);

        Browser.Response page = scenario().adminAct(sponsor.id(), "export-limits", limits("10", "5", "1", "Odd."));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.html().selectFirst("#export-limits-form #export-limits-error").text())
                .isEqualTo("Exports per day must be at least the number per minute and at most 100000.");
        assertThat(page.html().selectFirst("input#exports-per-minute").attr("value")).isEqualTo("10");
    }

    @Test
    void setTheSameLimitsAgainThenConflict() {
        Person sponsor = scenario().active(Role.SPONSOR);
        scenario().adminAct(sponsor.id(), "export-limits", limits("5", "50", "1", "Once.")).assertStatus(303);

        Browser.Response page = scenario().adminAct(sponsor.id(), "export-limits", limits("5", "50", "1", "Twice."));

        assertThat(page.status()).isEqualTo(409);
        assertThat(Pages.problem(page)).isEqualTo("The account already has these export limits.");
    }

    @Test
    void setOnAPendingAccountThenConflictAndNoForm() {
        Person pending = scenario().signUp(Role.SPONSOR);
        assertThat(scenario().rootBrowser().get("/admin/accounts/" + pending.id()).html()
                .selectFirst("#export-limits-form")).isNull();

        Browser.Response page = scenario().adminAct(pending.id(), "export-limits", limits("5", "50", "1", "Early."));

        assertThat(page.status()).isEqualTo(409);
    }

    @Test
    void clearWithoutAReasonThenTheMessageAtTheClearFormAndTheLimitsStay() {
        Person sponsor = scenario().active(Role.SPONSOR);
        scenario().adminAct(sponsor.id(), "export-limits", limits("5", "50", "1", "Set.")).assertStatus(303);

        Browser.Response page = scenario().adminAct(sponsor.id(), "export-limits/clear", Map.of("reason", ""));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.html().selectFirst("#exports-clear-reason-error").text())
                .isEqualTo("A reason is required to clear the export limits of an account.");
        assertThat(page.html().selectFirst("section.export-limits").text()).contains("5/min, 50/day, 1 at once");
    }

    @Test
    void clearThenTheDefaultsAndClearingAgainIsAConflict() {
        Person sponsor = scenario().active(Role.SPONSOR);
        scenario().adminAct(sponsor.id(), "export-limits", limits("5", "50", "1", "Set.")).assertStatus(303);

        scenario().adminAct(sponsor.id(), "export-limits/clear", Map.of("reason", "Done.")).assertStatus(303);

        Browser.Response page = scenario().rootBrowser().get("/admin/accounts/" + sponsor.id());
        assertThat(page.html().selectFirst("section.export-limits").text())
                .contains("10/min, 200/day, 2 at once (the defaults of its roles)");
        assertThat(page.html().selectFirst("#export-limits-clear-form")).isNull();
        assertThat(lastAct(sponsor.id()).action()).isEqualTo("Export limits cleared");
        Browser.Response again = scenario().rootBrowser()
                .post("/admin/accounts/" + sponsor.id() + "/export-limits/clear", Map.of("reason", "Again."));
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void withoutTheFormsTokenThenForbiddenAndWithoutARecentCodeThenTheSecondStep() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Browser admin = scenario().rootBrowser();
        admin.get("/admin/accounts/" + sponsor.id()).assertStatus(200);

        admin.postRaw("/admin/accounts/" + sponsor.id() + "/export-limits", limits("5", "50", "1", "No token."))
                .assertStatus(403);
        TestClock.INSTANCE.advance(Duration.ofMinutes(16));
        Browser.Response stepUp = admin.post("/admin/accounts/" + sponsor.id() + "/export-limits",
                limits("5", "50", "1", "Stale code."));

        assertThat(stepUp.status()).isEqualTo(303);
        assertThat(stepUp.location()).isEqualTo("/login/mfa");
        assertThat(lastAct(sponsor.id()).action()).isNotEqualTo("Export limits set");
    }
}

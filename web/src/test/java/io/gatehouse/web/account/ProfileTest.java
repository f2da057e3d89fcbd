package io.gatehouse.web.account;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Pages;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.Scenario.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /account/profile}: a person changes their own name and organization, recorded as an event. */
class ProfileTest extends IntegrationTest {

    private final Scenario scenario = scenario();

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void changeDetailsThenShownEverywhereAndRecordedWithProvenance() {
        Person person = scenario.active(Role.EDITOR);
        String name = "Renamed " + UUID.randomUUID().toString().substring(0, 6);

        Browser.Response form = person.browser().get("/account/profile").assertStatus(200);
        Browser.Response saved = person.browser().post("/account/profile",
                Map.of("displayName", "  " + name + " ", "organization", "Analytical Engines"));

        assertThat(form.html().selectFirst("input#displayName").val()).isEqualTo("Test EDITOR");
        assertThat(form.html().selectFirst("input#organization").val()).isEqualTo("Acme");
        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.location()).isEqualTo("/account/status");
        Browser.Response status = person.browser().get("/account/status").assertStatus(200);
        assertThat(Pages.notice(status)).isEqualTo("Your details were saved.");
        assertThat(Pages.facts(status)).containsEntry("Name", name).containsEntry("Organization", "Analytical Engines");
        assertThat(status.html().selectFirst("header .who").text()).isEqualTo(name);
        assertThat(scenario.rootBrowser().get("/admin/accounts/" + person.id()).assertStatus(200).text()).contains(name);
        List<Pages.Row> history = Pages.history(scenario.rootBrowser().get("/audit/accounts/" + person.id())
                .assertStatus(200));
        assertThat(history).filteredOn(row -> row.action().equals("Details changed")).singleElement()
                .satisfies(row -> {
                    assertThat(row.actor()).isEqualTo(person.email());
                    assertThat(row.clientAddress()).isEqualTo(person.browser().clientAddress());
                    assertThat(row.iso()).isNotBlank();
                });
        assertThat(detailsChangedEvents(person.id())).isEqualTo(1);
    }

    @Test
    void saveSameDetailsThenNothingChangedAndNothingRecorded() {
        Person person = scenario.signUp(Role.SPONSOR);
        person.browser().get("/account/profile").assertStatus(200);

        Browser.Response same = person.browser().post("/account/profile",
                Map.of("displayName", "Test SPONSOR", "organization", "Acme"));

        assertThat(same.status()).isEqualTo(303);
        assertThat(same.location()).isEqualTo("/account/profile");
        assertThat(Pages.notice(person.browser().get("/account/profile").assertStatus(200))).isEqualTo("Nothing changed.");
        assertThat(detailsChangedEvents(person.id())).isZero();
    }

    @Test
    void blankNameThenFormAgainWithMessageAtTheFieldAndNothingRecorded() {
        Person person = scenario.signUp(Role.SPONSOR);
        person.browser().get("/account/profile").assertStatus(200);

        Browser.Response refused = person.browser().post("/account/profile",
                Map.of("displayName", "   ", "organization", "Other Org"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(Pages.problem(refused)).isEqualTo("Please correct the marked fields.");
        assertThat(refused.html().selectFirst("input#displayName").attr("aria-invalid")).isEqualTo("true");
        assertThat(refused.html().selectFirst("input#displayName").attr("aria-describedby"))
                .isEqualTo("displayName-error");
        assertThat(refused.html().selectFirst("#displayName-error").text()).isEqualTo("Enter your name.");
        assertThat(refused.html().selectFirst("input#organization").val()).isEqualTo("Other Org");
        assertThat(detailsChangedEvents(person.id())).isZero();
        assertThat(Pages.facts(person.browser().get("/account/status")).get("Organization")).isEqualTo("Acme");
    }

    @Test
    void tooLongNameOrOrganizationThenMessagesAndNothingRecorded() {
        Person person = scenario.signUp(Role.SPONSOR);
        person.browser().get("/account/profile").assertStatus(200);

        Browser.Response refused = person.browser().post("/account/profile",
                Map.of("displayName", "n".repeat(101), "organization", "o".repeat(101)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html().selectFirst("#displayName-error").text()).isEqualTo("Use at most 100 characters.");
        assertThat(refused.html().selectFirst("#organization-error").text()).isEqualTo("Use at most 100 characters.");
        assertThat(detailsChangedEvents(person.id())).isZero();
    }

    @Test
    void nameWithDirectionOverrideThenRefusedAtTheField() {
        Person person = scenario.signUp(Role.SPONSOR);
        person.browser().get("/account/profile").assertStatus(200);

        Browser.Response refused = person.browser().post("/account/profile",
                Map.of("displayName", "Ada\u202Egnik", "organization", ""));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html().selectFirst("#displayName-error").text())
                .isEqualTo("Remove invisible or direction-changing characters.");
        assertThat(detailsChangedEvents(person.id())).isZero();
    }

    @Test
    void notSignedInThenSentToSignIn() {
        Browser stranger = scenario.newBrowser();

        assertThat(stranger.get("/account/profile").location()).endsWith("/login");
    }

    @Test
    void statusPageLinksToTheProfile() {
        Person person = scenario.signUp(Role.EDITOR);

        assertThat(person.browser().get("/account/status").html().select("a[href=/account/profile]")).isNotEmpty();
    }

    private int detailsChangedEvents(UUID accountId) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?"
                + " and payload_type = 'AccountDetailsChanged'", Integer.class, accountId.toString());
    }
}

package io.gatehouse.web.account;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Pages;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.Scenario.Person;
import io.gatehouse.it.TestMail;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.gatehouse.it.IntegrationTest.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/** A person withdraws their own pending request from {@code /account/status}. */
class WithdrawRequestTest extends IntegrationTest {

    private final Scenario scenario = scenario();

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void withdrawWhenPendingThenWithdrawnSessionsEndedAndAdminsNoLongerSeeIt() {
        Person person = scenario.signUp(Role.SPONSOR);
        Browser other = scenario.signIn(person.email(), PASSWORD);
        Browser.Response status = person.browser().get("/account/status").assertStatus(200);
        assertThat(status.html().select("form[action=/account/withdraw] button").text())
                .isEqualTo("Withdraw my request to join");

        Browser.Response withdrawn = person.browser().post("/account/withdraw",
                Map.of("reason", "Joined another team."));

        assertThat(withdrawn.status()).isEqualTo(303);
        Browser.Response told = person.browser().get(withdrawn.location());
        assertThat(told.status()).isEqualTo(401);
        assertThat(told.text()).contains("You withdrew your request to join");
        assertThat(told.html().select("main a[href=/login]")).as("no way back in").isEmpty();
        assertThat(other.get("/account/status").text()).contains("You withdrew your request to join");
        assertThat(person.browser().get("/account/status").location()).endsWith("/login");
        Browser.Response signIn = scenario.newBrowser().submit("/login", "/login",
                Map.of("username", person.email(), "password", PASSWORD));
        assertThat(signIn.location()).doesNotEndWith("/account/status");

        Browser admin = scenario.rootBrowser();
        Browser.Response page = admin.get("/admin/accounts/" + person.id()).assertStatus(200);
        assertThat(Pages.state(page)).isEqualTo("WITHDRAWN");
        assertThat(page.html().select("form[action$=/approve]")).isEmpty();
        assertThat(admin.get("/admin").text()).doesNotContain(person.email());
        assertThat(admin.get("/admin/accounts?status=PENDING&q=" + person.email()).text())
                .doesNotContain(person.email());
        List<Pages.Row> history = Pages.history(admin.get("/audit/accounts/" + person.id()).assertStatus(200));
        assertThat(history).filteredOn(row -> row.action().equals("Request withdrawn")).singleElement()
                .satisfies(row -> {
                    assertThat(row.reason()).isEqualTo("Joined another team.");
                    assertThat(row.actor()).isEqualTo(person.email());
                    assertThat(row.clientAddress()).isEqualTo(person.browser().clientAddress());
                });
        assertThat(history).filteredOn(row -> row.action().equals("Session ended")).hasSize(2);
        String withdrawnAt = history.stream().filter(row -> row.action().equals("Request withdrawn")).findFirst()
                .orElseThrow().iso();
        Browser.Response asItWas = admin.get("/audit/accounts/" + person.id() + "?at=" + withdrawnAt).assertStatus(200);
        assertThat(Pages.state(asItWas)).isEqualTo("WITHDRAWN");
    }

    @Test
    void approveAfterWithdrawalThenConflictAndNothingRecorded() {
        Person person = scenario.signUp(Role.EDITOR);
        person.browser().get("/account/status").assertStatus(200);
        person.browser().post("/account/withdraw", Map.of("reason", "")).assertStatus(303);
        int events = events(person.id());

        Browser.Response approve = scenario.adminAct(person.id(), "approve", Map.of("reason", "ok"));

        assertThat(approve.status()).isEqualTo(409);
        assertThat(approve.text()).contains("this account is WITHDRAWN");
        assertThat(events(person.id())).isEqualTo(events);
    }

    @Test
    void withdrawnAddressCanSignUpAgain() {
        String email = Scenario.uniqueEmail("again");
        Person first = scenario.signUp(Role.EDITOR, email, "First Try");
        first.browser().get("/account/status").assertStatus(200);
        first.browser().post("/account/withdraw", Map.of()).assertStatus(303);
        int mailsBefore = TestMail.to(email).size();

        scenario.submitSignUp(scenario.newBrowser(), Role.SPONSOR, email, "Second Try").assertStatus(303);

        MimeMessage confirmation = Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> TestMail.to(email), mails -> mails.size() > mailsBefore).get(mailsBefore);
        assertThat(TestMail.subject(confirmation)).contains("Confirm your address");
        String token = Scenario.tokenFrom(confirmation, "/signup/confirm");
        Browser confirming = scenario.newBrowser();
        confirming.get("/signup/confirm?token=" + token).assertStatus(200);
        confirming.post("/signup/confirm", Map.of("token", token)).assertStatus(303);
        UUID second = scenario.accountIdOf(email);
        assertThat(second).isNotEqualTo(first.id());
        Browser again = scenario.signIn(email, PASSWORD);
        Browser.Response status = again.get("/account/status").assertStatus(200);
        assertThat(Pages.facts(status)).containsEntry("Name", "Second Try");
        assertThat(Pages.state(scenario.rootBrowser().get("/admin/accounts/" + second))).isEqualTo("PENDING");
    }

    @Test
    void withdrawWhenActiveThenConflictAndNothingRecorded() {
        Person person = scenario.active(Role.SPONSOR);
        Browser.Response status = person.browser().get("/account/status").assertStatus(200);
        assertThat(status.html().select("form[action=/account/withdraw]")).isEmpty();
        int events = events(person.id());

        Browser.Response refused = person.browser().post("/account/withdraw", Map.of("reason", "Changed my mind"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text()).contains("Only a request still waiting for an admin can be withdrawn;"
                + " this account is ACTIVE.");
        assertThat(events(person.id())).isEqualTo(events);
        person.browser().get("/sponsor/dashboard").assertStatus(200);
    }

    @Test
    void reasonTooLongThenMessageAtTheFieldAndStillPending() {
        Person person = scenario.signUp(Role.SPONSOR);
        person.browser().get("/account/status").assertStatus(200);
        int events = events(person.id());

        Browser.Response refused = person.browser().post("/account/withdraw", Map.of("reason", "r".repeat(501)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html().selectFirst("textarea#reason").attr("aria-invalid")).isEqualTo("true");
        assertThat(refused.html().selectFirst("#reason-error").text()).isEqualTo("Use at most 500 characters.");
        assertThat(events(person.id())).isEqualTo(events);
        assertThat(Pages.state(person.browser().get("/account/status"))).isEqualTo("PENDING");
    }

    @Test
    void eraseAfterWithdrawalThenTheReasonIsGoneFromTheTrail() {
        Person person = scenario.signUp(Role.SPONSOR);
        String reason = "Private matter " + UUID.randomUUID();
        person.browser().get("/account/status").assertStatus(200);
        person.browser().post("/account/withdraw", Map.of("reason", reason)).assertStatus(303);
        assertThat(scenario.rootBrowser().get("/audit/accounts/" + person.id()).text()).contains(reason);

        scenario.adminAct(person.id(), "erase", Map.of("reason", "Asked to be forgotten.")).assertStatus(303);

        assertThat(scenario.rootBrowser().get("/audit/accounts/" + person.id()).assertStatus(200).text())
                .doesNotContain(reason);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where reason = ?", Integer.class, reason))
                .isZero();
    }

    private int events(UUID accountId) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Integer.class, accountId.toString());
    }
}

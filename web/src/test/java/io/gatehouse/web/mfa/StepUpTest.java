package io.gatehouse.web.mfa;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Pages;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.Scenario.Person;
import io.gatehouse.it.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin act needs a code typed within the last 15 minutes: an older one sends the admin to
 * {@code /login/mfa} with nothing done, and back to the account page afterwards.
 */
class StepUpTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void adminActWhenCodeOlderThanFifteenMinutesThenAskedForCodeAndNothingRecorded() {
        Person admin = scenario().newAdmin();
        Person pending = scenario().signUp(Role.SPONSOR);
        Browser browser = admin.browser().withHeader("Referer", accountPage(pending.id()));
        TestClock.INSTANCE.advance(Duration.ofMinutes(16));

        Browser.Response act = Scenario.act(browser, pending.id(), "approve", Map.of("reason", "after a break"));

        assertThat(act.status()).isEqualTo(303);
        assertThat(act.location()).isEqualTo("/login/mfa");
        Browser.Response account = browser.get("/admin/accounts/" + pending.id()).assertStatus(200);
        assertThat(Pages.state(account)).isEqualTo("PENDING");
        assertThat(Pages.history(account)).extracting(Pages.Row::action).doesNotContain("Approved");
    }

    @Test
    void stepUpWhenCodeTypedThenBackOnAccountPageAndActWorks() {
        Person admin = scenario().newAdmin();
        Person pending = scenario().signUp(Role.EDITOR);
        Browser browser = admin.browser().withHeader("Referer", accountPage(pending.id()));
        TestClock.INSTANCE.advance(Duration.ofMinutes(16));
        Scenario.act(browser, pending.id(), "approve", Map.of("reason", "first try")).assertStatus(303);

        Browser.Response form = browser.get("/login/mfa").assertStatus(200);
        assertThat(form.html().selectFirst("h1").text()).isEqualTo("Confirm it is you");
        Browser.Response back = browser.post("/login/mfa", Map.of("code", authenticator().freshCode(admin.email())));

        assertThat(back.status()).isEqualTo(303);
        assertThat(back.location()).isEqualTo("/admin/accounts/" + pending.id());
        Browser.Response approved = Scenario.act(browser, pending.id(), "approve", Map.of("reason", "second try"));
        assertThat(approved.location()).isEqualTo("/admin/accounts/" + pending.id());
        assertThat(Pages.state(browser.get("/admin/accounts/" + pending.id()))).isEqualTo("ACTIVE");
    }

    @Test
    void adminActWithinFifteenMinutesOfCodeThenNoStepUp() {
        Person admin = scenario().newAdmin();
        Person pending = scenario().signUp(Role.SPONSOR);
        TestClock.INSTANCE.advance(Duration.ofMinutes(14));

        Browser.Response act = Scenario.act(admin.browser(), pending.id(), "approve", Map.of("reason", "in time"));

        assertThat(act.status()).isEqualTo(303);
        assertThat(act.location()).isEqualTo("/admin/accounts/" + pending.id());
        assertThat(Pages.state(admin.browser().get("/admin/accounts/" + pending.id()))).isEqualTo("ACTIVE");
    }

    @Test
    void adminMakingAnApiTokenWhenCodeOlderThanFifteenMinutesThenAskedForCodeAndNoTokenMade() {
        Person admin = scenario().newAdmin();
        Browser browser = admin.browser();
        browser.get("/account/status").assertStatus(200);
        TestClock.INSTANCE.advance(Duration.ofMinutes(16));

        Browser.Response make = browser.post("/account/tokens", Map.of("name", "sync", "scopes", "accounts:write",
                "expiresInDays", "30"));

        assertThat(make.status()).isEqualTo(303);
        assertThat(make.location()).isEqualTo("/login/mfa");
        assertThat(jdbc.queryForObject("select count(*) from api_token where account_id = ?", Integer.class,
                admin.id())).isZero();
    }

    private String accountPage(UUID id) {
        return "http://localhost:" + port + "/admin/accounts/" + id;
    }
}

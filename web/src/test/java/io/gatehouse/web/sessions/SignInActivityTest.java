package io.gatehouse.web.sessions;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Pages;
import io.gatehouse.it.Scenario;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in, failing to, signing out and sessions ended are in the record, filtered by type on
 * {@code /audit}, with what was typed left out. The mail about a new browser: {@link NewBrowserMailTest}.
 */
class SignInActivityTest extends IntegrationTest {

    @Test
    void signInsAndSignOutThenRecordedWithNewOrKnownBrowser() {
        String email = approvedWithoutSession();
        UUID id = scenario().accountIdOf(email);
        Browser laptop = browser();

        signIn(laptop, email, PASSWORD);
        laptop.get("/account/status").assertStatus(200);
        laptop.post("/logout", Map.of()).assertStatus(302);
        signIn(laptop, email, PASSWORD); // the same browser: it kept its device cookie when signing out

        List<Pages.Row> signedIn = rows("SignedIn", id);
        assertThat(signedIn).extracting(Pages.Row::action).containsOnly("Signed in");
        assertThat(signedIn).extracting(Pages.Row::detail)
                .satisfiesExactly(newest -> assertThat(newest).startsWith("known browser"),
                        oldest -> assertThat(oldest).startsWith("new browser"));
        assertThat(signedIn).extracting(Pages.Row::clientAddress).containsOnly(laptop.clientAddress());
        assertThat(rows("SignedOut", id)).singleElement().satisfies(row -> {
            assertThat(row.action()).isEqualTo("Signed out");
            assertThat(row.actor()).isEqualTo(email);
        });
    }

    @Test
    void wrongPasswordThenRecordedWithItsCauseAndNothingTyped() {
        String email = approvedWithoutSession();
        UUID id = scenario().accountIdOf(email);
        String typed = "Typed-Wrong-" + UUID.randomUUID();

        assertThat(signIn(browser(), email, typed)).isEqualTo("/login?error");

        assertThat(rows("SignInFailed", id)).singleElement().satisfies(row -> {
            assertThat(row.detail()).startsWith("wrong password");
            assertThat(row.actor()).as("whoever typed it, not the owner").isNotEqualTo(email);
        });
        assertThat(scenario().rootBrowser().get("/audit?type=SignInFailed").body()).doesNotContain(typed);
    }

    @Test
    void unknownAddressThenRecordedWithoutAccountAndWithoutTheAddress() {
        String typed = Scenario.uniqueEmail("ghost");
        String marker = "Gatehouse-Probe/" + UUID.randomUUID(); // finds this attempt's row among all others
        Browser stranger = browser().withHeader("User-Agent", marker);

        assertThat(signIn(stranger, typed, PASSWORD)).isEqualTo("/login?error");

        Browser.Response failures = scenario().rootBrowser().get("/audit?type=SignInFailed").assertStatus(200);
        assertThat(Pages.history(failures)).filteredOn(row -> row.detail().contains(marker)).singleElement()
                .satisfies(row -> {
                    assertThat(row.subject()).as("no account").isEmpty();
                    assertThat(row.detail()).startsWith("no account has the address typed");
                    assertThat(row.clientAddress()).isEqualTo(stranger.clientAddress());
                });
        assertThat(failures.body()).doesNotContainIgnoringCase(typed);
        assertThat(scenario().rootBrowser().get("/audit").body()).doesNotContainIgnoringCase(typed);
    }

    /**
     * Fails today (app bug): audit/index.mustache shows every subject without an account link as a document,
     * so this row's subject reads 'document “an unknown address”'.
     */
    @Test
    void unknownAddressThenSubjectNotNamedAsDocument() {
        String marker = "Gatehouse-Probe/" + UUID.randomUUID();
        signIn(browser().withHeader("User-Agent", marker), Scenario.uniqueEmail("ghost"), PASSWORD);

        Browser.Response failures = scenario().rootBrowser().get("/audit?type=SignInFailed").assertStatus(200);

        var row = failures.html().select("table.history tbody tr").stream()
                .filter(tr -> tr.text().contains(marker)).findFirst().orElseThrow();
        assertThat(row.select("td").get(1).text()).isEqualTo("an unknown address");
    }

    @Test
    void sessionEndedByOwnerThenRecordedWithWhereItWasFrom() {
        String email = approvedWithoutSession();
        UUID id = scenario().accountIdOf(email);
        Browser first = browser();
        Browser second = browser();
        signIn(first, email, PASSWORD);
        signIn(second, email, PASSWORD);

        first.get("/account/sessions").assertStatus(200);
        first.post("/account/sessions/end-others", Map.of()).assertStatus(303);

        assertThat(rows("SessionEnded", id)).singleElement().satisfies(row -> {
            assertThat(row.detail()).startsWith("ended by its owner from another session")
                    .contains("the session was from " + second.clientAddress());
            assertThat(row.clientAddress()).isEqualTo(first.clientAddress());
        });
    }

    /** The account's rows of one event type on /audit, newest first, as the root admin sees them. */
    private List<Pages.Row> rows(String type, UUID accountId) {
        return Pages.history(scenario().rootBrowser().get("/audit?type=" + type + "&account=" + accountId)
                .assertStatus(200));
    }

    /** An ACTIVE sponsor, approved without ever having signed in; returns the e-mail. */
    private String approvedWithoutSession() {
        String email = Scenario.uniqueEmail("activity");
        scenario().register(Role.SPONSOR, email, "Activity Owner");
        scenario().adminAct(scenario().accountIdOf(email), "approve", Map.of()).assertStatus(303);
        return email;
    }

    /** Posts the sign-in form; returns where it leads. */
    private static String signIn(Browser browser, String email, String password) {
        return browser.submit("/login", "/login", Map.of("username", email, "password", password)).header("Location");
    }
}

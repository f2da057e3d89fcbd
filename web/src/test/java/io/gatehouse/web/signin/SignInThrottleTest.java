package io.gatehouse.web.signin;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Pages;
import io.gatehouse.it.Scenario;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password guessing is cut off after ten failures per account, from browsers that never signed in to it;
 * the account's owner, in a browser where they signed in before, is not locked out by it.
 */
class SignInThrottleTest extends IntegrationTest {

    @Test
    void strangerWhenTenFailuresThenEvenTheRightPasswordIsRefusedAlike() {
        Scenario.Person target = scenario().active(Role.SPONSOR);
        for (int attempt = 0; attempt < 10; attempt++) {
            assertThat(attempt(browser(), target.email(), "wrong-password-" + attempt).location()).isEqualTo("/login");
        }

        Browser.Response withRightPassword = attempt(browser(), target.email(), PASSWORD);

        assertThat(withRightPassword.status()).isEqualTo(302);
        assertThat(withRightPassword.header("Location")).isEqualTo("/login?error");
        assertThat(failures(target)).containsEntry("refused unchecked: too many failed attempts", 1L)
                .containsEntry("wrong password", 10L);
    }

    @Test
    void ownerWhenStrangersSpentTheAllowanceFromManyAddressesThenStillSignsInFromKnownBrowser() {
        Scenario.Person owner = scenario().active(Role.EDITOR);
        Browser known = owner.browser(); // signed in there: it carries the device cookie
        assertThat(known.cookie("GATEHOUSE_DEVICE")).isNotBlank();
        signOut(known);
        for (int attempt = 0; attempt < 50; attempt++) {
            attempt(browser(), owner.email(), "stranger-guess-" + attempt);
        }
        assertThat(attempt(browser(), owner.email(), PASSWORD).header("Location")).as("a stranger with the password")
                .isEqualTo("/login?error");

        Browser.Response ownerAgain = attempt(known, owner.email(), PASSWORD);

        assertThat(ownerAgain.header("Location")).as("answer %s", ownerAgain.status()).isEqualTo("/account/status");
        known.get("/editor/dashboard").assertStatus(200);
    }

    @Test
    void knownBrowserWhenItsOwnAllowanceIsSpentThenRefusedToo() {
        Scenario.Person owner = scenario().active(Role.SPONSOR);
        Browser known = owner.browser();
        signOut(known);
        for (int attempt = 0; attempt < 10; attempt++) {
            attempt(known, owner.email(), "owner-typo-" + attempt);
        }

        assertThat(attempt(known, owner.email(), PASSWORD).header("Location")).isEqualTo("/login?error");
        // Strangers' allowance is separate: the owner's typos did not spend it.
        assertThat(attempt(browser(), owner.email(), PASSWORD).header("Location")).isEqualTo("/account/status");
    }

    /** The tokens are taken, and committed, before the password is checked: none of twenty parallel guesses slips past. */
    @Test
    void twentyWrongGuessesAtOnceThenNoMoreThanTheAllowanceAreChecked() throws Exception {
        Scenario.Person target = scenario().active(Role.SPONSOR);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            CountDownLatch ready = new CountDownLatch(20);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Browser.Response>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Browser stranger = browser();
                stranger.get("/login").assertStatus(200);
                String guess = "parallel-guess-" + i;
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return stranger.post("/login", Map.of("username", target.email(), "password", guess));
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            for (Future<Browser.Response> answer : answers) {
                assertThat(answer.get(60, TimeUnit.SECONDS).header("Location")).isEqualTo("/login?error");
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(failures(target).get("wrong password")).isEqualTo(10L);
        assertThat(attempt(browser(), target.email(), PASSWORD).header("Location")).isEqualTo("/login?error");
    }

    /** Each success gives its token back: however often the owner signs in, strangers still get ten guesses, no more. */
    @Test
    void successfulSignInsThenCostNothingOfTheAllowance() {
        Scenario.Person person = scenario().active(Role.SPONSOR);
        for (int i = 0; i < 15; i++) {
            assertThat(attempt(browser(), person.email(), PASSWORD).header("Location")).isEqualTo("/account/status");
        }

        for (int attempt = 0; attempt < 11; attempt++) {
            attempt(browser(), person.email(), "wrong-after-successes-" + attempt);
        }

        assertThat(failures(person)).containsEntry("wrong password", 10L)
                .containsEntry("refused unchecked: too many failed attempts", 1L);
    }

    @Test
    void signInWhenAnotherAccountIsThrottledThenUnaffected() {
        Scenario.Person target = scenario().active(Role.SPONSOR);
        Scenario.Person bystander = scenario().active(Role.EDITOR);
        for (int attempt = 0; attempt < 10; attempt++) {
            attempt(browser(), target.email(), "wrong-password-" + attempt);
        }

        Browser browser = browser();
        Browser.Response response = attempt(browser, bystander.email(), PASSWORD);

        assertThat(response.header("Location")).isEqualTo("/account/status");
        browser.get("/editor/dashboard").assertStatus(200);
    }

    @Test
    void adminSignInWhenAccountThrottledThenRefusedToo() {
        Scenario.Person admin = scenario().newAdmin();
        for (int attempt = 0; attempt < 10; attempt++) {
            attempt(browser(), admin.email(), "wrong-password-" + attempt);
        }

        Browser browser = browser();
        Browser.Response response = browser.submit("/admin/login", "/admin/login",
                Map.of("username", admin.email(), "password", PASSWORD));

        assertThat(response.header("Location")).isEqualTo("/admin/login?error");
        assertThat(browser.get("/admin").status()).isEqualTo(302);
    }

    /** How many refused sign-ins the record holds for the account, by cause as the audit trail words it. */
    private Map<String, Long> failures(Scenario.Person person) {
        Browser audit = scenario().rootBrowser();
        Map<String, Long> byCause = new java.util.TreeMap<>();
        Pages.history(audit.get("/audit?type=SignInFailed&account=" + person.id()).assertStatus(200))
                .forEach(row -> byCause.merge(row.detail().split(", ")[0], 1L, Long::sum));
        return byCause;
    }

    private static void signOut(Browser browser) {
        browser.get("/account/status").assertStatus(200); // a page with the session's current CSRF token
        browser.post("/logout", Map.of()).assertStatus(302);
    }

    private static Browser.Response attempt(Browser browser, String email, String password) {
        return browser.submit("/login", "/login", Map.of("username", email, "password", password));
    }
}

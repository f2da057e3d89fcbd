package io.gatehouse.web.password;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.Scenario.Person;
import io.gatehouse.it.TestClock;
import io.gatehouse.it.TestMail;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /password/forgot} and {@code /password/reset}: the same answer for any address, a link for a known
 * one that works once within 30 minutes (only the newest), and a reset that ends every session.
 */
class PasswordResetTest extends IntegrationTest {

    private static final String NEW_PASSWORD = "Copper-Heron-Glacier-71";
    private static final String SUBJECT = "Choose a new Gatehouse password";

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void forgotWhenKnownOrUnknownAddressThenSameAnswer() {
        Person person = scenario().active(Role.SPONSOR);
        String nobody = Scenario.uniqueEmail("nobody");
        Browser asker = browser();
        Browser other = browser();

        Browser.Response known = forgot(asker, person.email());
        Browser.Response unknown = forgot(other, nobody);

        assertThat(known.status()).isEqualTo(303);
        assertThat(known.header("Location")).isEqualTo("/password/forgot?sent").isEqualTo(unknown.header("Location"));
        assertThat(unknown.status()).isEqualTo(303);
        assertThat(asker.get("/password/forgot?sent").assertStatus(200).html().selectFirst("main").text())
                .isEqualTo(other.get("/password/forgot?sent").assertStatus(200).html().selectFirst("main").text());
        assertThat(TestMail.link(TestMail.awaitTo(person.email(), SUBJECT), "/password/reset?token="))
                .startsWith("http");
        // the request waits in the outbox, whose worker finds no account for it: once it is gone, nothing went
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from outbox where payload like ?", Integer.class, "%" + nobody + "%") == 0);
        assertThat(TestMail.to(nobody)).isEmpty();
    }

    @Test
    void resetLinkThenNewPasswordSetEverySessionEndedAndLinkUsedUp() {
        Person person = scenario().active(Role.SPONSOR);
        Browser otherSession = scenario().signIn(person.email(), PASSWORD);
        String token = requestLink(person.email());
        Browser resetter = browser();

        Browser.Response form = resetter.get("/password/reset?token=" + token).assertStatus(200);
        assertThat(form.html().select("input[name=newPassword], input[name=confirmPassword]")).hasSize(2);
        Browser.Response reset = resetter.post("/password/reset",
                Map.of("token", token, "newPassword", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD));

        assertThat(reset.status()).isEqualTo(303);
        assertThat(reset.header("Location")).isEqualTo("/login?reset");
        for (Browser session : new Browser[] {person.browser(), otherSession}) {
            Browser.Response ended = session.get("/account/status").assertStatus(401);
            assertThat(ended.html().selectFirst("h1").text()).isEqualTo("Your session has ended");
            assertThat(ended.text()).contains("Your password was reset with a link");
        }
        assertThat(signIn(person.email(), PASSWORD)).isEqualTo("/login?error");
        assertThat(signIn(person.email(), NEW_PASSWORD)).isEqualTo("/account/status");

        Browser.Response again = resetter.post("/password/reset",
                Map.of("token", token, "newPassword", "Walnut-Saffron-Delta-36", "confirmPassword", "Walnut-Saffron-Delta-36"));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.html().selectFirst("h1").text()).isEqualTo("This link does not work any more");
        assertThat(signIn(person.email(), NEW_PASSWORD)).isEqualTo("/account/status");
    }

    @Test
    void resetLinkWhenOlderThanThirtyMinutesThenRefused() {
        Person person = scenario().active(Role.EDITOR);
        String token = requestLink(person.email());

        TestClock.INSTANCE.advance(Duration.ofMinutes(31));

        Browser browser = browser();
        assertThat(browser.get("/password/reset?token=" + token).status()).isEqualTo(400);
        browser.get("/password/forgot").assertStatus(200); // a page with a CSRF token for the post
        assertThat(browser.post("/password/reset", Map.of("token", token, "newPassword", NEW_PASSWORD,
                "confirmPassword", NEW_PASSWORD)).status()).isEqualTo(400);
        assertThat(signIn(person.email(), PASSWORD)).isEqualTo("/account/status");
    }

    @Test
    void resetLinkWhenAnotherWasAskedForSinceThenOnlyTheNewestWorks() {
        Person person = scenario().active(Role.SPONSOR);
        String first = requestLink(person.email());
        String second = requestLink(person.email());
        assertThat(second).isNotEqualTo(first);

        Browser browser = browser();
        Browser.Response old = browser.get("/password/reset?token=" + first);
        old.assertStatus(400);
        assertThat(old.html().selectFirst("h1").text()).isEqualTo("This link does not work any more");
        browser.get("/password/reset?token=" + second).assertStatus(200);
    }

    /**
     * Asking for new confirmation links mails nothing to an active account; a stranger who asks for many
     * with the owner's address must not use up the reset links the owner asks for.
     */
    @Test
    void forgotWhenAStrangerAskedForConfirmationLinksForTheAddressThenTheResetMailStillComes() {
        Person person = scenario().active(Role.EDITOR);
        for (int i = 0; i < 5; i++) {
            browser().submit("/signup/check-inbox", "/signup/resend", Map.of("email", person.email())).assertStatus(303);
        }

        String token = requestLink(person.email());

        browser().get("/password/reset?token=" + token).assertStatus(200);
    }

    /** Asks for a link in a browser of its own, and returns the token of the link that mail brought. */
    private String requestLink(String email) {
        int before = (int) TestMail.to(email).stream().filter(m -> TestMail.subject(m).contains(SUBJECT)).count();
        forgot(browser(), email).assertStatus(303);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                TestMail.to(email).stream().filter(m -> TestMail.subject(m).contains(SUBJECT)).count() > before);
        return Scenario.tokenFrom(TestMail.awaitTo(email, SUBJECT), "/password/reset");
    }

    private static Browser.Response forgot(Browser browser, String email) {
        return browser.submit("/password/forgot", "/password/forgot", Map.of("email", email));
    }

    private String signIn(String email, String password) {
        return browser().submit("/login", "/login", Map.of("username", email, "password", password)).header("Location");
    }
}

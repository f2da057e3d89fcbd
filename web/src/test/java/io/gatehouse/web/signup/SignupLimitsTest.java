package io.gatehouse.web.signup;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.TestMail;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-ups send mail, so they are limited: 20 an hour per client address (refused openly), and 3 an hour
 * per e-mail address (dropped silently, since the answer must not depend on the address).
 */
class SignupLimitsTest extends IntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void signupWhenTwentyFromOneClientAddressThenTheTwentyFirstGets429WithAMessage() {
        String client = browser().clientAddress();
        List<String> passed = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String email = Scenario.uniqueEmail("client" + i);
            Browser.Response answer = signUp(browser().from(client), email);
            assertThat(answer.status()).as("sign-up %s from %s", i + 1, client).isEqualTo(303);
            passed.add(email);
        }
        String refusedEmail = Scenario.uniqueEmail("client21");

        Browser.Response refused = signUp(browser().from(client), refusedEmail);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.html().selectFirst("p.flash.error").text())
                .contains("Too many requests came from your network in the last hour");
        assertThat(refused.html().selectFirst("input[name=email]").attr("value")).isEqualTo(refusedEmail);
        assertThat(signUp(browser(), Scenario.uniqueEmail("otherclient")).status()).as("another client")
                .isEqualTo(303);
        passed.forEach(email -> TestMail.awaitTo(email, "Confirm your address"));
        awaitOutboxDone();
        assertThat(TestMail.to(refusedEmail)).isEmpty();
    }

    @Test
    void signupWhenFourthForOneAddressWithinTheHourThenSameAnswerButNoFurtherMail() {
        String email = Scenario.uniqueEmail("flooded");
        for (int i = 0; i < 3; i++) {
            assertThat(signUp(browser(), email).header("Location")).isEqualTo("/signup/check-inbox");
        }
        // One confirmation, and two notices that someone tried the address again.
        assertThat(awaitMails(email, 3)).extracting(TestMail::subject).containsExactlyInAnyOrder(
                "Confirm your address for Gatehouse", "Someone tried to sign up with your address",
                "Someone tried to sign up with your address");

        Browser.Response fourth = signUp(browser(), email);

        assertThat(fourth.status()).isEqualTo(303);
        assertThat(fourth.header("Location")).isEqualTo("/signup/check-inbox");
        awaitOutboxDone();
        assertThat(TestMail.to(email)).hasSize(3);
    }

    /** Asking for a new link spends the same allowance: a fourth mail in the hour is dropped the same way. */
    @Test
    void resendWhenTheAddressHadThreeMailsThisHourThenSameAnswerAndNoMail() {
        String email = Scenario.uniqueEmail("resends");
        signUp(browser(), email).assertStatus(303);
        awaitMails(email, 1); // a new link is sent only once the sign-up is recorded
        for (int i = 0; i < 2; i++) {
            resend(email).assertStatus(303);
            awaitMails(email, i + 2);
        }

        Browser.Response fourth = resend(email);

        assertThat(fourth.status()).isEqualTo(303);
        assertThat(fourth.header("Location")).isEqualTo("/signup/check-inbox?resent");
        awaitOutboxDone();
        assertThat(TestMail.to(email)).hasSize(3);
    }

    private static Browser.Response signUp(Browser browser, String email) {
        return browser.submit("/signup/editor", "/signup/editor", Map.of("displayName", "Limit Tester",
                "email", email, "password", PASSWORD, "confirmPassword", PASSWORD));
    }

    private Browser.Response resend(String email) {
        return browser().submit("/signup/check-inbox", "/signup/resend", Map.of("email", email));
    }

    private static List<MimeMessage> awaitMails(String address, int count) {
        return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(25))
                .until(() -> TestMail.to(address), mails -> mails.size() >= count);
    }

    /**
     * Waits until the outbox is empty: every request answered so far has had its work done and its mail
     * handed to the mail server. Only then does "no mail" mean none will come.
     */
    private void awaitOutboxDone() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(25))
                .until(() -> jdbc.queryForObject("select count(*) from outbox", Long.class), n -> n == 0);
    }
}

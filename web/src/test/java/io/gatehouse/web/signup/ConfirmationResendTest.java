package io.gatehouse.web.signup;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.TestMail;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new confirmation link, asked for from the page a dead link shows: the same answer for any address, a
 * mail only to an address whose sign-up is still unconfirmed, and only the newest link works.
 */
class ConfirmationResendTest extends IntegrationTest {

    private static final String CONFIRM = "Confirm your address";

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void resendFromInvalidPageWhenAddressUnconfirmedThenNewLinkAndWhenUnknownThenSameAnswerAndNoMail() {
        String unconfirmed = signUp("resend");
        awaitMails(unconfirmed, 1);
        String unknown = Scenario.uniqueEmail("nobody");
        Browser browser = browser();
        Browser.Response invalid = browser.get("/signup/confirm?token=not-a-token").assertStatus(400);
        Element form = invalid.html().selectFirst("form[action=/signup/resend]");
        assertThat(form).as("the invalid page offers a new link").isNotNull();
        assertThat(form.selectFirst("input[name=email]")).isNotNull();

        Browser.Response forUnknown = browser.post("/signup/resend", Map.of("email", unknown));
        Browser.Response forUnconfirmed = browser.post("/signup/resend", Map.of("email", unconfirmed));

        assertThat(forUnknown.status()).isEqualTo(303);
        assertThat(forUnknown.header("Location")).isEqualTo("/signup/check-inbox?resent");
        assertThat(forUnconfirmed.status()).isEqualTo(forUnknown.status());
        assertThat(forUnconfirmed.header("Location")).isEqualTo(forUnknown.header("Location"));
        assertThat(forUnconfirmed.body()).isEqualTo(forUnknown.body());
        awaitMails(unconfirmed, 2);
        awaitOutboxDone();
        assertThat(TestMail.to(unconfirmed)).hasSize(2);
        assertThat(TestMail.to(unknown)).isEmpty();
    }

    @Test
    void resendWhenAddressAlreadyConfirmedThenSameAnswerAndNoNewLink() {
        String confirmed = Scenario.uniqueEmail("done");
        scenario().register(Role.SPONSOR, confirmed, "Already Confirmed");
        Browser browser = browser();
        browser.get("/signup/check-inbox").assertStatus(200);

        Browser.Response answer = browser.post("/signup/resend", Map.of("email", confirmed));

        assertThat(answer.header("Location")).isEqualTo("/signup/check-inbox?resent");
        awaitOutboxDone();
        assertThat(TestMail.to(confirmed)).extracting(TestMail::subject).containsOnlyOnce(
                "Confirm your address for Gatehouse");
    }

    @Test
    void confirmLinkWhenANewOneWasSentThenTheOlderStopsWorkingAndTheNewOneWorks() {
        String email = signUp("newer");
        String older = Scenario.tokenFrom(awaitMails(email, 1).get(0), "/signup/confirm");
        Browser browser = browser();
        browser.get("/signup/check-inbox").assertStatus(200); // the page's own "ask for a new link" form
        browser.post("/signup/resend", Map.of("email", email)).assertStatus(303);
        String newer = Scenario.tokenFrom(awaitMails(email, 2).get(1), "/signup/confirm");
        assertThat(newer).isNotEqualTo(older);

        Browser.Response withOlder = press(older);
        Browser.Response withNewer = press(newer);

        assertThat(withOlder.status()).isEqualTo(400);
        assertThat(withOlder.text()).contains("This link does not work any more");
        assertThat(withNewer.status()).isEqualTo(303);
        assertThat(withNewer.header("Location")).isEqualTo("/login?confirmed");
        assertThat(scenario().signIn(email, PASSWORD).get("/account/status").text()).contains("PENDING");
    }

    private String signUp(String prefix) {
        String email = Scenario.uniqueEmail(prefix);
        scenario().submitSignUp(browser(), Role.EDITOR, email, "Resend " + prefix).assertStatus(303);
        return email;
    }

    private Browser.Response press(String token) {
        Browser browser = browser();
        browser.get("/signup/confirm?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        return browser.post("/signup/confirm", Map.of("token", token));
    }

    /** Waits until {@code address} has at least {@code count} confirmation mails; returns them, oldest first. */
    private static List<MimeMessage> awaitMails(String address, int count) {
        return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(25))
                .until(() -> TestMail.to(address).stream().filter(m -> TestMail.subject(m).contains(CONFIRM)).toList(),
                        mails -> mails.size() >= count);
    }

    /**
     * Waits until the outbox is empty: every request answered so far has had its work done and its mail
     * handed to the mail server. Only then does "no mail" mean none will come.
     */
    private void awaitOutboxDone() {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(25))
                .until(() -> jdbc.queryForObject("select count(*) from outbox", Long.class), n -> n == 0);
    }
}

package io.gatehouse.web.signup;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Pages;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.TestClock;
import io.gatehouse.it.TestMail;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A sign-up nobody confirms lapses 48 hours after it was made, on the app's clock: recorded by "system",
 * the account EXPIRED, its address free for a new sign-up, its links dead.
 */
class RegistrationExpiryTest extends IntegrationTest {

    private static final String CONFIRM = "Confirm your address";

    @Autowired
    private RegistrationExpiry expiry;

    @Test
    void signupWhenUnconfirmedFor49HoursThenLapsedBySystemAndTheAddressIsFreeAgain() {
        String email = signUp();
        String oldToken = Scenario.tokenFrom(awaitConfirmations(email, 1).get(0), "/signup/confirm");
        UUID lapsed = signedUpAs(email).get(0);

        TestClock.INSTANCE.advance(Duration.ofHours(49));
        expiry.expireDue(); // its count is not checked: the every-minute run may have taken this one already

        Browser.Response history = audit("/audit/accounts/" + lapsed);
        assertThat(Pages.history(history)).extracting(Pages.Row::action, Pages.Row::actor)
                .contains(tuple("Sign-up lapsed", "system"));
        assertThat(Pages.history(audit("/audit?type=RegistrationExpired&account=" + lapsed)))
                .extracting(Pages.Row::actor).containsExactly("system");
        assertThat(Pages.state(audit("/audit/accounts/" + lapsed + "?at=" + TestClock.INSTANCE.instant())))
                .isEqualTo("EXPIRED");

        scenario().submitSignUp(browser(), Role.SPONSOR, email, "Second Try").assertStatus(303);

        String newToken = Scenario.tokenFrom(awaitConfirmations(email, 2).get(1), "/signup/confirm");
        assertThat(newToken).isNotEqualTo(oldToken);
        List<UUID> accounts = signedUpAs(email);
        assertThat(accounts).hasSize(2).doesNotHaveDuplicates();
        assertThat(accounts.get(1)).isEqualTo(lapsed); // newest first: the new sign-up is a new account
        assertThat(browser().get("/signup/confirm?token=" + oldToken).status()).isEqualTo(400);
        Browser.Response pressed = press(oldToken);
        assertThat(pressed.status()).isEqualTo(400);
        assertThat(pressed.text()).contains("This link does not work any more");
    }

    /**
     * The 48 hours count from the sign-up on the app's clock, whatever that clock read before: the sign-up's
     * event is stamped by the same clock its deadline is measured with.
     */
    @Test
    void expireDueWhenSignupIsYoungerThan48HoursThenLeavesItUnverified() {
        // Time in this JVM may already have been moved on by other tests; make sure it has, so that this
        // test does not depend on which tests ran before it.
        TestClock.INSTANCE.advance(Duration.ofHours(49));
        String email = signUp();
        String token = Scenario.tokenFrom(awaitConfirmations(email, 1).get(0), "/signup/confirm");

        TestClock.INSTANCE.advance(Duration.ofHours(47));
        expiry.expireDue();

        UUID id = signedUpAs(email).get(0);
        assertThat(Pages.history(audit("/audit/accounts/" + id))).extracting(Pages.Row::action)
                .doesNotContain("Sign-up lapsed");
        assertThat(press(token).header("Location")).as("confirming in hour 47").isEqualTo("/login?confirmed");
    }

    @Test
    void resentLinkThenWorksUntilTheSignupsOwnDeadlineWhichItsMailStates() {
        String email = signUp();
        Instant deadline = Instant.parse(awaitDeadline(awaitConfirmations(email, 1).get(0)));
        TestClock.INSTANCE.advance(Duration.ofHours(47));
        Browser browser = browser();
        browser.get("/signup/check-inbox").assertStatus(200);
        browser.post("/signup/resend", Map.of("email", email)).assertStatus(303);
        MimeMessage resent = awaitConfirmations(email, 2).get(1);
        // A new link, but not a new deadline: the sign-up lapses 48 hours after it was made, as the mail says.
        assertThat(awaitDeadline(resent)).isEqualTo(deadline.toString());

        TestClock.INSTANCE.advance(Duration.ofHours(2));
        expiry.expireDue();

        Browser.Response pressed = press(Scenario.tokenFrom(resent, "/signup/confirm"));
        assertThat(pressed.status()).isEqualTo(400);
        assertThat(pressed.text()).contains("does not work any more");
    }

    @Test
    void resentLinkWhenUsedBeforeTheDeadlineThenConfirms() {
        String email = signUp();
        awaitConfirmations(email, 1);
        TestClock.INSTANCE.advance(Duration.ofHours(47));
        Browser browser = browser();
        browser.get("/signup/check-inbox").assertStatus(200);
        browser.post("/signup/resend", Map.of("email", email)).assertStatus(303);
        MimeMessage resent = awaitConfirmations(email, 2).get(1);
        TestClock.INSTANCE.advance(Duration.ofMinutes(30));
        expiry.expireDue();

        Browser.Response pressed = press(Scenario.tokenFrom(resent, "/signup/confirm"));
        assertThat(pressed.header("Location")).as("%s: %s", pressed.status(), pressed.text()).isEqualTo("/login?confirmed");
    }

    /** The deadline a confirmation mail gives, as an ISO instant ("before 2026-12-01 06:30:00 UTC"). */
    private static String awaitDeadline(MimeMessage mail) {
        java.util.regex.Matcher found = java.util.regex.Pattern.compile("before (\\d{4}-\\d{2}-\\d{2}) (\\d{2}:\\d{2}:\\d{2}) UTC")
                .matcher(TestMail.text(mail));
        assertThat(found.find()).as("a deadline in the mail").isTrue();
        return found.group(1) + "T" + found.group(2) + "Z";
    }

    private String signUp() {
        String email = Scenario.uniqueEmail("lapse");
        scenario().submitSignUp(browser(), Role.EDITOR, email, "Never Confirms").assertStatus(303);
        return email;
    }

    private Browser.Response press(String token) {
        Browser browser = browser();
        browser.get("/signup/confirm?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        return browser.post("/signup/confirm", Map.of("token", token));
    }

    /**
     * Every account signed up with the address, newest first. By the address as actor of AccountRegistered:
     * the account filter finds only the account holding the address now, and admins' lists hide both.
     */
    private List<UUID> signedUpAs(String email) {
        return Pages.history(audit("/audit?type=AccountRegistered&actor=" + URLEncoder.encode(email, StandardCharsets.UTF_8)))
                .stream().map(row -> UUID.fromString(row.subject())).toList();
    }

    private Browser.Response audit(String path) {
        return scenario().rootBrowser().get(path).assertStatus(200);
    }

    private static List<MimeMessage> awaitConfirmations(String address, int count) {
        return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(25))
                .until(() -> TestMail.to(address).stream().filter(m -> TestMail.subject(m).contains(CONFIRM)).toList(),
                        mails -> mails.size() >= count);
    }
}

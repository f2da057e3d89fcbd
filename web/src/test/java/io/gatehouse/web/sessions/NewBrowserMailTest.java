package io.gatehouse.web.sessions;

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
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A sign-in from a browser not seen before is told to the account's owner by mail; a known browser is not. */
class NewBrowserMailTest extends IntegrationTest {

    private static final String NEW_SIGN_IN = "New sign-in to your Gatehouse account";

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void newBrowserThenOwnerMailedKnownBrowserThenNot() {
        String email = approvedWithoutSession();
        Browser laptop = browser();
        signIn(laptop, email, PASSWORD);
        assertThat(TestMail.text(TestMail.awaitTo(email, NEW_SIGN_IN))).contains(laptop.clientAddress());
        laptop.get("/account/status").assertStatus(200); // a page with the signed-in session's CSRF token
        laptop.post("/logout", Map.of()).assertStatus(302);

        signIn(laptop, email, PASSWORD); // the same browser: it kept its device cookie when signing out

        // the mail would have been queued with the sign-in's record: once no mail to the owner waits, all went
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> queuedMailsTo(email) == 0);
        assertThat(newSignInMails(email)).hasSize(1);
        Browser phone = browser();
        signIn(phone, email, PASSWORD);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> newSignInMails(email).size() >= 2);
        assertThat(TestMail.text(newSignInMails(email).get(1))).contains(phone.clientAddress());
    }

    private int queuedMailsTo(String email) {
        return jdbc.queryForObject("select count(*) from outbox where payload like ?", Integer.class,
                "%" + email + "%");
    }

    private List<MimeMessage> newSignInMails(String email) {
        return TestMail.to(email).stream().filter(mail -> TestMail.subject(mail).contains(NEW_SIGN_IN)).toList();
    }

    /** An ACTIVE sponsor, approved without ever having signed in; returns the e-mail. */
    private String approvedWithoutSession() {
        String email = Scenario.uniqueEmail("new-browser");
        scenario().register(Role.SPONSOR, email, "Browser Owner");
        scenario().adminAct(scenario().accountIdOf(email), "approve", Map.of()).assertStatus(303);
        return email;
    }

    private static void signIn(Browser browser, String email, String password) {
        assertThat(browser.submit("/login", "/login", Map.of("username", email, "password", password))
                .header("Location")).isEqualTo("/account/status");
    }
}

package io.gatehouse.web.signup;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Pages;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.TestMail;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sign-up is answered alike whether or not the address already has an account, so that the form cannot
 * tell anyone who has one: the same status, redirect and page. Only the mail differs.
 */
class SignupSameAnswerTest extends IntegrationTest {

    private static final int TRIES = 4; // of each kind
    /** An address takes 3 sign-ups an hour; registering its owner spent one, so each takes two tries. */
    private static final int TAKEN_ADDRESSES = TRIES / 2;
    private static final String CONFIRM = "Confirm your address for Gatehouse";
    private static final String NOTICE = "Someone tried to sign up with your address";

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void signupWhenAddressTakenThenSameStatusRedirectAndPageAsWhenFree() {
        String owner = Scenario.uniqueEmail("owner");
        scenario().register(Role.SPONSOR, owner, "Owner Of Address");
        Browser takenBrowser = browser();
        Browser freeBrowser = browser();

        Browser.Response taken = scenario().submitSignUp(takenBrowser, Role.EDITOR, owner, "Someone");
        Browser.Response free = scenario().submitSignUp(freeBrowser, Role.EDITOR, Scenario.uniqueEmail("free"), "Someone");

        assertThat(taken.status()).isEqualTo(303);
        assertThat(free.status()).isEqualTo(taken.status());
        assertThat(free.header("Location")).isEqualTo(taken.header("Location")).endsWith("/signup/check-inbox");
        assertThat(free.body()).isEqualTo(taken.body());
        assertThat(headerNames(free)).isEqualTo(headerNames(taken));
        String takenPage = withoutCsrfToken(takenBrowser.get(taken.header("Location")).assertStatus(200).body());
        String freePage = withoutCsrfToken(freeBrowser.get(free.header("Location")).assertStatus(200).body());
        assertThat(freePage).isEqualTo(takenPage);
        assertThat(TestMail.awaitTo(owner, NOTICE)).as("the taken try reached the owner").isNotNull();
    }

    /**
     * Taken and free addresses alternate; each gets its own mail and a taken one never a second account. Whether
     * they also answer equally fast is a measurement, not a test (it failed on busy machines either way round):
     * both kinds only queue work in the outbox on the request thread, and the timing is left to a benchmark.
     */
    @Test
    void signupsWhenTakenAndFreeAlternateThenEachAddressGetsItsMailAndNoSecondAccount() {
        List<String> owners = new ArrayList<>();
        for (int i = 0; i < TAKEN_ADDRESSES; i++) {
            owners.add(Scenario.uniqueEmail("taken" + i));
            scenario().register(Role.SPONSOR, owners.get(i), "Owner " + i);
        }
        List<String> freeAddresses = new ArrayList<>();

        // Each try waits for its mail and for the outbox to be empty before the next: the work done after
        // an answer differs by kind, and on a small machine it would slow down whichever POST came next.
        for (int i = 0; i < TRIES; i++) {
            String owner = owners.get(i % TAKEN_ADDRESSES);
            signUp(owner);
            awaitMails(owner, NOTICE, i / TAKEN_ADDRESSES + 1);
            awaitOutboxDone();
            freeAddresses.add(Scenario.uniqueEmail("free" + i));
            signUp(freeAddresses.get(i));
            awaitMails(freeAddresses.get(i), CONFIRM, 1);
            awaitOutboxDone();
        }

        for (String address : freeAddresses) {
            assertThat(TestMail.to(address)).extracting(TestMail::subject).containsExactly(CONFIRM);
        }
        for (String owner : owners) {
            assertThat(TestMail.to(owner)).extracting(TestMail::subject).containsExactlyInAnyOrder(CONFIRM, NOTICE, NOTICE);
            // The admins' list hides UNVERIFIED accounts, so a second account opened by a taken try would
            // not show there; the audit trail records every sign-up, whatever became of it.
            assertThat(scenario().rootBrowser().get("/admin/accounts?q=" + enc(owner)).assertStatus(200).html()
                    .select("tbody a[href^=/admin/accounts/]")).as("listed for %s", owner).hasSize(1);
            assertThat(Pages.history(scenario().rootBrowser().get("/audit?type=AccountRegistered&actor=" + enc(owner))
                    .assertStatus(200))).as("sign-ups recorded for %s", owner).hasSize(1);
        }
    }

    /** Signs up in a browser of its own (a client address of its own). */
    private void signUp(String email) {
        Browser browser = browser();
        browser.get("/signup/editor").assertStatus(200);
        Map<String, String> fields = Map.of("displayName", "Same Answer", "email", email, "organization", "Acme",
                "password", PASSWORD, "confirmPassword", PASSWORD);
        Browser.Response answer = browser.post("/signup/editor", fields);
        answer.assertStatus(303);
        assertThat(answer.header("Location")).endsWith("/signup/check-inbox");
    }

    /** The answer's header names but Date, which differs by the second. */
    private static Set<String> headerNames(Browser.Response response) {
        return response.raw().headers().map().keySet().stream().map(name -> name.toLowerCase(Locale.ROOT))
                .filter(name -> !name.equals("date")).collect(Collectors.toCollection(TreeSet::new));
    }

    /** A page's CSRF token is its session's own, so two people's pages differ there and nowhere else. */
    private static String withoutCsrfToken(String page) {
        return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\" value=\"\"");
    }

    private static List<MimeMessage> awaitMails(String address, String subject, int count) {
        return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(25))
                .until(() -> TestMail.to(address).stream().filter(m -> TestMail.subject(m).equals(subject)).toList(),
                        mails -> mails.size() >= count);
    }

    private void awaitOutboxDone() {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(10))
                .until(() -> jdbc.queryForObject("select count(*) from outbox", Long.class), n -> n == 0);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

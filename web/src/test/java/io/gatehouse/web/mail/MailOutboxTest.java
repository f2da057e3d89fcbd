package io.gatehouse.web.mail;

import io.gatehouse.account.Role;
import io.gatehouse.it.App;
import io.gatehouse.it.AuthenticatorApp;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.TestMail;
import io.gatehouse.web.outbox.OutboxDispatcher;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Mail goes out once its act is recorded, survives a stop, and goes out once however many instances run. */
class MailOutboxTest {

    @TempDir
    Path dataDir;

    /** Held mail stands for an app stopped between the commit and the send: the next start sends it. */
    @Test
    void mailWhenAppStoppedBeforeSendingThenSentAfterRestart() {
        String email = Scenario.uniqueEmail("restart");
        AuthenticatorApp admins = new AuthenticatorApp();
        try (App first = App.start(admins, "gatehouse.data-dir=" + dataDir, "gatehouse.outbox.held=mail")) {
            first.scenario().submitSignUp(first.browser(), Role.SPONSOR, email, "Restart Reader").assertStatus(303);
            JdbcTemplate jdbc = first.bean(JdbcTemplate.class);
            Awaitility.await().atMost(Duration.ofSeconds(20))
                    .until(() -> jdbc.queryForObject("select count(*) from outbox where kind = 'mail'"
                            + " and payload like ?", Long.class, "%" + email + "%") == 1);
            assertThat(TestMail.to(email)).isEmpty();
        }

        try (App second = App.start(admins, "gatehouse.data-dir=" + dataDir)) {
            assertThat(TestMail.text(TestMail.awaitTo(email, "Confirm your address"))).contains("Restart Reader");
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> second.bean(JdbcTemplate.class)
                    .queryForObject("select count(*) from outbox", Long.class) == 0);
        }
    }

    @Test
    void mailWhenTwoInstancesRunTheOutboxAtOnceThenEachMessageSentOnce() throws Exception {
        try (App a = App.start("gatehouse.embedded-database.ephemeral=true");
             App b = App.start(a.authenticator(), "spring.datasource.url=" + a.jdbcUrl(),
                     "spring.datasource.username=postgres")) {
            String run = UUID.randomUUID().toString().substring(0, 8);
            List<String> recipients = new ArrayList<>();
            JdbcTemplate jdbc = a.bean(JdbcTemplate.class);
            for (int i = 0; i < 40; i++) {
                String to = "once-" + run + "-" + i + "@example.org";
                recipients.add(to);
                jdbc.update("insert into outbox (kind, payload) values ('mail', ?)", "{\"kind\":\"test\",\"accountId\":\"-\","
                        + "\"to\":[\"" + to + "\"],\"subject\":\"Once " + i + "\",\"text\":\"once\",\"html\":\"<p>once</p>\"}");
            }
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<Integer> byA = pool.submit(() -> {
                    go.await();
                    return a.bean(OutboxDispatcher.class).runDue();
                });
                Future<Integer> byB = pool.submit(() -> {
                    go.await();
                    return b.bean(OutboxDispatcher.class).runDue();
                });
                go.countDown();
                byA.get(60, TimeUnit.SECONDS);
                byB.get(60, TimeUnit.SECONDS);
            } finally {
                pool.shutdownNow();
            }

            Awaitility.await().atMost(Duration.ofSeconds(20))
                    .until(() -> jdbc.queryForObject("select count(*) from outbox", Long.class) == 0);
            for (String to : recipients) {
                assertThat(TestMail.to(to)).as("mails to %s", to).hasSize(1);
            }
        }
    }

    @Test
    void mailWhenNoSmtpConfiguredThenWrittenAsEmlFilesUnderTheDataDirectory() throws Exception {
        String email = Scenario.uniqueEmail("eml");
        try (App app = App.startWithoutSmtp("gatehouse.data-dir=" + dataDir, "gatehouse.embedded-database.ephemeral=true")) {
            app.scenario().submitSignUp(app.browser(), Role.EDITOR, email, "File Reader").assertStatus(303);

            Path mail = Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> emlTo(email), found -> found != null);
            jakarta.mail.internet.MimeMessage message;
            try (var in = java.nio.file.Files.newInputStream(mail)) {
                message = new jakarta.mail.internet.MimeMessage(null, in);
            }
            assertThat(message.getSubject()).isEqualTo("Confirm your address for Gatehouse");
            assertThat(TestMail.text(message)).contains("File Reader").contains("/signup/confirm?token=");
            assertThat(mail.getFileName().toString()).endsWith(".eml").contains("confirm-address");
            assertThat(TestMail.to(email)).as("nothing over SMTP").isEmpty();
        }
    }

    @Test
    void mailWhenSmtpServerDownThenKeptWithItsErrorAndTriedAgainLater() throws Exception {
        String email = Scenario.uniqueEmail("down");
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (App app = App.start("gatehouse.embedded-database.ephemeral=true", "spring.mail.port=" + closedPort)) {
            app.scenario().submitSignUp(app.browser(), Role.SPONSOR, email, "Patient Reader").assertStatus(303);
            JdbcTemplate jdbc = app.bean(JdbcTemplate.class);

            Map<String, Object> row = Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList(
                    "select attempts, last_error, next_attempt_at > now() as later from outbox where kind = 'mail'"
                            + " and payload like ?", "%" + email + "%"), rows -> rows.size() == 1
                    && ((Number) rows.get(0).get("attempts")).intValue() >= 1).get(0);

            assertThat((String) row.get("last_error")).isNotBlank();
            assertThat(row.get("later")).isEqualTo(true);
        }
    }

    /** A refused act records nothing, so it leaves nothing in the outbox either. */
    @Test
    void mailWhenTheActIsRefusedThenNothingQueued() {
        try (App app = App.start("gatehouse.embedded-database.ephemeral=true", "gatehouse.outbox.held=mail")) {
            Scenario scenario = app.scenario();
            String email = Scenario.uniqueEmail("refused");
            scenario.submitSignUp(app.browser(), Role.EDITOR, email, "Refused Reader").assertStatus(303);
            JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> mailsQueued(jdbc, email) == 1);

            // Rejecting an unconfirmed sign-up is refused (409): no rejection mail may be queued.
            UUID id = jdbc.queryForObject("select account_id from account_view where email = ?", UUID.class, email);
            scenario.adminAct(id, "reject", Map.of("reason", "not yet")).assertStatus(409);

            assertThat(mailsQueued(jdbc, email)).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from outbox where payload like '%rejected%'"
                    + " and payload like ?", Long.class, "%" + email + "%")).isZero();
        }
    }

    private static long mailsQueued(JdbcTemplate jdbc, String email) {
        return jdbc.queryForObject("select count(*) from outbox where kind = 'mail' and payload like ?", Long.class,
                "%" + email + "%");
    }

    private Path emlTo(String email) throws java.io.IOException {
        Path dir = dataDir.resolve("mail");
        if (!java.nio.file.Files.isDirectory(dir)) {
            return null;
        }
        try (var files = java.nio.file.Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".eml")).toList()) {
                if (java.nio.file.Files.readString(file).contains(email)) {
                    return file;
                }
            }
        }
        return null;
    }
}

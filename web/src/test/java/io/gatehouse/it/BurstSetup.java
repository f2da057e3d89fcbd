package io.gatehouse.it;

import io.gatehouse.account.Role;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static io.gatehouse.it.IntegrationTest.ADMIN_EMAIL;
import static io.gatehouse.it.IntegrationTest.ADMIN_PASSWORD;

/**
 * What a burst on a {@link ChildGatehouse} starts from, made through its pages as people would: admin sessions,
 * and accounts to act on. That app keeps real time, not the tests' {@link TestClock}, so the admin's codes are
 * made from real time here rather than by {@link AuthenticatorApp#freshCode}, which moves the tests' clock.
 */
final class BurstSetup {

    private BurstSetup() {
    }

    /**
     * The root admin signed in {@code sessions} times, in browsers of their own. The first sign-in enrols an
     * authenticator; each further one passes the second step with one of the recovery codes shown then (a TOTP
     * code works once per 30-second step, and the test should not wait for the next step).
     */
    static List<Browser> adminSessions(String baseUrl, int sessions) {
        Browser first = new Browser(baseUrl);
        expectRedirect(first.submit("/admin/login", "/admin/login", credentials()), "/account/mfa");
        String key = first.get("/account/mfa").assertStatus(200).html()
                .selectFirst("[data-totp-secret]").attr("data-totp-secret");
        long step = System.currentTimeMillis() / 30_000;
        Browser.Response enrolled = first.post("/account/mfa",
                Map.of("code", AuthenticatorApp.code(AuthenticatorApp.decodeBase32(key), step))).assertStatus(200);
        List<String> recoveryCodes = enrolled.html().select(".recovery-codes code").eachText();
        if (recoveryCodes.size() < sessions - 1) {
            throw new IllegalArgumentException(sessions + " sessions need more recovery codes than " + recoveryCodes);
        }
        List<Browser> admins = new ArrayList<>(List.of(first));
        for (String code : recoveryCodes.subList(0, sessions - 1)) {
            Browser next = new Browser(baseUrl);
            expectRedirect(next.submit("/admin/login", "/admin/login", credentials()), "/login/mfa");
            next.get("/login/mfa").assertStatus(200);
            next.post("/login/mfa", Map.of("code", code)).assertStatus(303);
            admins.add(next);
        }
        admins.forEach(admin -> admin.get("/admin").assertStatus(200));
        return admins;
    }

    /**
     * New accounts, signed up through the form, confirmed through the link in the mail the app wrote under
     * {@code dataDir}, and approved by {@code admin}: ACTIVE, as a burst needs them.
     */
    static List<UUID> activeAccounts(String baseUrl, Path dataDir, Browser admin, int count) throws Exception {
        Scenario people = new Scenario(() -> new Browser(baseUrl), AuthenticatorApp::new);
        List<UUID> accounts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String email = Scenario.uniqueEmail("burst");
            Browser person = new Browser(baseUrl);
            people.submitSignUp(person, Role.EDITOR, email, "Burst Target").assertStatus(303);
            String token = Scenario.tokenFrom(confirmationMail(dataDir.resolve("mail"), email), "/signup/confirm");
            person.get("/signup/confirm?token=" + token).assertStatus(200);
            person.post("/signup/confirm", Map.of("token", token)).assertStatus(303);
            UUID id = idOf(admin, email);
            Scenario.act(admin, id, "approve", Map.of("reason", "to be acted on in a burst")).assertStatus(303);
            accounts.add(id);
        }
        return accounts;
    }

    /** The confirmation mail to {@code email}, once the app has written it (it sends mail after the answer). */
    private static MimeMessage confirmationMail(Path mailDir, String email) throws Exception {
        Path file = Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> emlTo(mailDir, email), Optional::isPresent).orElseThrow();
        try (InputStream in = Files.newInputStream(file)) {
            return new MimeMessage(null, in);
        }
    }

    private static Optional<Path> emlTo(Path mailDir, String email) throws IOException {
        if (!Files.isDirectory(mailDir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(mailDir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().contains("confirm-address")).toList()) {
                if (file.getFileName().toString().endsWith(".eml") && Files.readString(file).contains(email)) {
                    return Optional.of(file);
                }
            }
        }
        return Optional.empty();
    }

    private static UUID idOf(Browser admin, String email) {
        var link = admin.get("/admin/accounts?q=" + URLEncoder.encode(email, StandardCharsets.UTF_8))
                .assertStatus(200).html().selectFirst("a[href^=/admin/accounts/]");
        if (link == null) {
            throw new AssertionError("No account listed for " + email);
        }
        return UUID.fromString(link.attr("href").substring("/admin/accounts/".length()));
    }

    private static Map<String, String> credentials() {
        return Map.of("username", ADMIN_EMAIL, "password", ADMIN_PASSWORD);
    }

    private static void expectRedirect(Browser.Response answer, String location) {
        if (answer.status() != 303 && answer.status() != 302 || !location.equals(answer.location())) {
            throw new AssertionError("Expected a redirect to " + location + " but got " + answer.status() + " to "
                    + answer.location());
        }
    }
}

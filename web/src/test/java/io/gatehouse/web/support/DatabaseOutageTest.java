package io.gatehouse.web.support;

import io.gatehouse.it.App;
import io.gatehouse.it.Browser;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL goes away under a running app and comes back: meanwhile every request gets the plain 503 page
 * (never a 500 or a stack trace), and afterwards the app serves again without being restarted.
 */
class DatabaseOutageTest {

    @Test
    void whileTheDatabaseIsAwayRequestsGet503AndTheAppRecoversWhenItReturns() throws IOException {
        Path data = Path.of("target/it-data-outage").toAbsolutePath();
        FileSystemUtils.deleteRecursively(data);
        Files.createDirectories(data.resolve("postgres"));
        int port = freePort();
        EmbeddedPostgres postgres = start(data, port);
        try (App app = App.start("spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "gatehouse.data-dir=" + data)) {
            // a session cookie the app does not know makes every request look its session up in the database
            Browser browser = new Browser(app.baseUrl())
                    .withHeader("Cookie", "GATEHOUSE_SESSION=" + UUID.randomUUID());
            assertThat(browser.get("/login").status()).isEqualTo(200);

            postgres.close();
            Browser.Response away = browser.get("/login");
            assertThat(away.status()).isEqualTo(503);
            assertThat(away.header("Retry-After")).isEqualTo("10");
            assertThat(away.body()).contains("Gatehouse is unavailable for a moment")
                    .doesNotContain("Exception").doesNotContain("\tat ");

            postgres = start(data, port);
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(browser.get("/login").status()).isEqualTo(200));
        } finally {
            postgres.close();
        }
    }

    private static EmbeddedPostgres start(Path data, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(data.resolve("postgres")).setCleanDataDirectory(false)
                .setPort(port).setRegisterShutdownHook(false).start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

package io.gatehouse.web.config;

import io.gatehouse.it.App;
import io.gatehouse.it.Browser;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A Gatehouse killed outright leaves its embedded PostgreSQL running; the next start must not be blocked by it. */
class OrphanedPostgresTest {

    @Test
    void aPostgresLeftRunningOnTheDataDirectoryIsStoppedAndTheAppStarts() throws Exception {
        Path data = Path.of("target/it-data-orphan").toAbsolutePath();
        FileSystemUtils.deleteRecursively(data);
        Files.createDirectories(data.resolve("postgres"));
        // what a killed app leaves behind: a JVM that started PostgreSQL on the data directory and died outright
        Process killed = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KilledApp.class.getName(),
                data.resolve("postgres").toString()).inheritIO().start();
        assertThat(killed.waitFor(120, TimeUnit.SECONDS)).as("the JVM that leaves PostgreSQL behind ended").isTrue();
        ProcessHandle server = OrphanedPostgres.serverOf(data.resolve("postgres")).orElseThrow();

        try (App app = App.start("gatehouse.data-dir=" + data)) {
            assertThat(server.isAlive()).isFalse();
            assertThat(new Browser(app.baseUrl()).get("/actuator/health").status()).isEqualTo(200);
        } finally {
            server.destroyForcibly();
        }
    }

    /** Starts PostgreSQL on a data directory, then stops its own JVM with no shutdown hooks, as kill -9 would. */
    public static final class KilledApp {
        public static void main(String[] args) throws IOException {
            EmbeddedPostgres.builder().setDataDirectory(Path.of(args[0])).setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false).start();
            Runtime.getRuntime().halt(0);
        }
    }

    @Test
    void aLockFileOfAnotherDirectoryOrOfAProcessGoneIsLeftToPostgres() throws IOException {
        Path data = Files.createTempDirectory("gatehouse-orphan");
        Files.writeString(data.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n/somewhere/else\n");
        assertThat(OrphanedPostgres.serverOf(data)).isEqualTo(Optional.empty());

        Files.writeString(data.resolve("postmaster.pid"), "999999999\n" + data + "\n");
        assertThat(OrphanedPostgres.serverOf(data)).isEqualTo(Optional.empty());
        FileSystemUtils.deleteRecursively(data);
    }
}

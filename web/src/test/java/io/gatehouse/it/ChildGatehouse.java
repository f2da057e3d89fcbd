package io.gatehouse.it;

import io.gatehouse.GatehouseApplication;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gatehouse in a JVM of its own, started as an operator starts it (the app's own main class, settings as
 * command-line arguments), so that a test can kill it outright: {@link #kill()} is SIGKILL, as kill -9 is, and
 * no shutdown hook, graceful stop or pending write of the app gets to run. Its embedded PostgreSQL is a process
 * of its own and outlives it, as it does when an operator kills the app.
 */
final class ChildGatehouse implements AutoCloseable {

    private static final Pattern READY = Pattern.compile("Gatehouse is ready at (http://localhost:\\d+)");
    private static final Duration START_LIMIT = Duration.ofSeconds(180);

    private final Process process;
    private final String baseUrl;

    private ChildGatehouse(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    /**
     * Starts the app on {@code dataDir} with the tests' first admin, durable as shipped (the test classpath's
     * application.properties turns durability off; a command-line setting outranks it), and with no mail server:
     * its mail goes to .eml files under the data directory. Waits until it says it is ready. Its output goes to
     * {@code log}, to read when a test fails.
     */
    static ChildGatehouse start(Path dataDir, Path log) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                // C1 only: the app lives for a minute, and full JIT compilation would take a core from it meanwhile
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--server.port=0", "--gatehouse.data-dir=" + dataDir,
                "--gatehouse.embedded-database.durable=true",
                "--server.forward-headers-strategy=native",
                "--gatehouse.admin.email=" + IntegrationTest.ADMIN_EMAIL,
                "--gatehouse.admin.password=" + IntegrationTest.ADMIN_PASSWORD));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            return new ChildGatehouse(process, awaitReady(process, log));
        } catch (IOException | InterruptedException | RuntimeException | Error failed) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            throw failed;
        }
    }

    /** The address from the app's ready line: it listens on a port of its own choosing (server.port=0). */
    private static String awaitReady(Process process, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher ready = READY.matcher(Files.readString(log));
            if (ready.find()) {
                return ready.group(1);
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Gatehouse ended (exit " + process.exitValue() + ") before it was"
                        + " ready; see " + log);
            }
            Thread.sleep(100); // polling a file for a line: nothing to be notified by
        }
        throw new IllegalStateException("Gatehouse was not ready within " + START_LIMIT + "; see " + log);
    }

    String baseUrl() {
        return baseUrl;
    }

    /** SIGKILL, and waits until the JVM is gone, so that every connection it had is closed by then. */
    void kill() throws InterruptedException {
        if (!process.destroyForcibly().waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The killed Gatehouse (pid " + process.pid() + ") is still running");
        }
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    /**
     * Stops a PostgreSQL still running on {@code postgresDir} (the postmaster its lock file names, if that is a
     * live postgres): what a test leaves behind when it fails before an app restarted on the directory has
     * stopped it. SIGTERM: PostgreSQL's smart shutdown, which its killed app's connections no longer hold up.
     */
    static void stopPostgresLeftRunning(Path postgresDir) throws IOException, InterruptedException {
        Path lock = postgresDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(lock)) {
            return;
        }
        List<String> lines = Files.readAllLines(lock);
        Optional<ProcessHandle> server = ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                .filter(p -> lines.size() > 1 && Path.of(lines.get(1).strip()).equals(postgresDir.toAbsolutePath()));
        if (server.isPresent() && server.get().destroy()) {
            try {
                server.get().onExit().get(60, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException("PostgreSQL on " + postgresDir + " did not stop", e);
            }
        }
    }

    /**
     * The app's own main, and a watch on the test JVM: the pipe to the child's stdin closes when the test JVM
     * ends, however it ends (a build killed on a timeout too), and the child then shuts down the ordinary way,
     * its PostgreSQL with it, instead of running on without anyone to stop it.
     */
    public static final class Main {
        public static void main(String[] args) {
            Thread watch = new Thread(() -> {
                try {
                    while (System.in.read() != -1) {
                        // the test JVM never writes: only the end of the stream counts
                    }
                } catch (IOException ignored) {
                    // a broken pipe says the same as its end
                }
                System.exit(0);
            }, "test-jvm-watch");
            watch.setDaemon(true);
            watch.start();
            GatehouseApplication.main(args);
        }
    }
}

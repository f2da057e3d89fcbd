package io.gatehouse.web.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An embedded PostgreSQL outlives a Gatehouse that was killed (kill -9, the OOM killer): it keeps its data
 * directory locked and the next start gives up waiting for a server of its own. Before starting, such an
 * orphan is shut down the way PostgreSQL's own {@code pg_ctl stop -m fast} does (SIGINT: running transactions
 * roll back, committed ones are on disk), and only a server of this very data directory.
 */
final class OrphanedPostgres {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostgres.class);

    private OrphanedPostgres() {
    }

    static void stopIfRunning(Path dataDir) {
        Optional<ProcessHandle> orphan = serverOf(dataDir);
        if (orphan.isEmpty()) {
            return;
        }
        long pid = orphan.get().pid();
        log.warn("An embedded PostgreSQL (pid {}) is still running on {} from a Gatehouse that did not shut down; "
                + "stopping it before starting again", pid, dataDir);
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
            orphan.get().onExit().get(60, TimeUnit.SECONDS);
        } catch (IOException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not stop the PostgreSQL (pid " + pid + ") left running on " + dataDir
                    + "; stop it by hand and start again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the PostgreSQL left running on " + dataDir, e);
        }
    }

    /** The live postmaster named by the data directory's lock file, when it really serves that directory. */
    static Optional<ProcessHandle> serverOf(Path dataDir) {
        Path lock = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(lock)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(lock);
            long pid = Long.parseLong(lines.get(0).strip());
            String directory = lines.size() > 1 ? lines.get(1).strip() : "";
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                    .filter(p -> Path.of(directory).toAbsolutePath().normalize()
                            .equals(dataDir.toAbsolutePath().normalize()));
        } catch (IOException | RuntimeException unreadable) {
            // a lock file we cannot read is PostgreSQL's to judge when it starts
            return Optional.empty();
        }
    }
}

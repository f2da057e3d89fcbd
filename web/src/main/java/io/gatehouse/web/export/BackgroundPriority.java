package io.gatehouse.web.export;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads for the exports' work, each of which lowers its own scheduling priority (its nice value) on Linux when it
 * starts, so that the page requests beside it get a core first and the exports take what is left. Java cannot set a
 * thread's nice value itself; each thread runs {@code renice} on its own task id (read from /proc/thread-self). Any
 * process may lower its own threads' priority. Where that fails (another system, no renice) the threads keep the
 * normal priority and the cap on exports at once still holds.
 */
final class BackgroundPriority implements ThreadFactory {

    private static final Logger log = LoggerFactory.getLogger(BackgroundPriority.class);

    private final String name;
    private final int nice;
    private final AtomicInteger count = new AtomicInteger();

    BackgroundPriority(String name, int nice) {
        this.name = name;
        this.nice = nice;
    }

    @Override
    public Thread newThread(Runnable work) {
        Thread thread = new Thread(() -> {
            lowerOwnPriority();
            work.run();
        }, name + "-" + count.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    }

    private void lowerOwnPriority() {
        try {
            Path task = Files.readSymbolicLink(Path.of("/proc/thread-self"));
            Process renice = new ProcessBuilder("renice", "-n", String.valueOf(nice), "-p",
                    task.getFileName().toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!renice.waitFor(5, TimeUnit.SECONDS) || renice.exitValue() != 0) {
                renice.destroy();
                log.info("{} keeps the normal priority: renice did not succeed", Thread.currentThread().getName());
            }
        } catch (Exception e) {
            log.info("{} keeps the normal priority ({})", Thread.currentThread().getName(), e.toString());
        }
    }
}

package io.gatehouse.web.export;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class BackgroundPriorityTest {

    @Test
    void threadOfTheFactoryThenRunsAtTheLowerPriorityOnLinux() throws Exception {
        assumeTrue(Files.exists(Path.of("/proc/thread-self/stat")), "Linux only");
        CompletableFuture<Integer> nice = new CompletableFuture<>();

        new BackgroundPriority("test-export", 10).newThread(() -> {
            try {
                nice.complete(ownNice());
            } catch (IOException e) {
                nice.completeExceptionally(e);
            }
        }).start();

        assertThat(nice.get(10, TimeUnit.SECONDS)).isEqualTo(10);
        assertThat(ownNice()).as("the threads that made it keep theirs").isZero();
    }

    /** Field 19 of /proc/thread-self/stat, counted after the command name's closing parenthesis. */
    private static int ownNice() throws IOException {
        String stat = Files.readString(Path.of("/proc/thread-self/stat"));
        return Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16]);
    }
}

package io.gatehouse.web.record;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real {@code verifier/target/gatehouse-verifier.jar} (built before this module) on a bundle, as an
 * auditor would, with the JDK that runs the tests.
 */
final class Verifier {

    private static final Path JAR = Path.of("..", "verifier", "target", "gatehouse-verifier.jar");

    record Run(int exitCode, String output) {
    }

    private Verifier() {
    }

    static Run run(String bundle, String... options) throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            throw new AssertionError(JAR.toAbsolutePath() + " is missing: build the verifier module first (mvn verify does)");
        }
        Path file = Files.createTempFile(Path.of("target"), "bundle", ".json");
        Files.writeString(file, bundle);
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-jar", JAR.toString()));
        command.addAll(List.of(options));
        command.add(file.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the verifier did not finish");
        }
        Files.delete(file);
        return new Run(process.exitValue(), output);
    }
}

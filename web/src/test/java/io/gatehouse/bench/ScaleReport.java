package io.gatehouse.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The figures of one scale run: a table for people (target/bench/scale.txt, also printed) and flat JSON for a
 * script that combines benchmarks (target/bench/scale.json). Progress goes to target/bench/scale-progress.txt as
 * it happens, since a full run takes a while and Surefire keeps the test's output until the end.
 */
final class ScaleReport {

    private static final Path DIR = Path.of("target/bench");

    private final Map<String, Object> figures = new LinkedHashMap<>();
    private final StringBuilder table = new StringBuilder();

    ScaleReport(long accounts) throws IOException {
        Files.createDirectories(DIR);
        Files.deleteIfExists(DIR.resolve("scale-progress.txt"));
        figures.put("accounts", accounts);
    }

    void put(String name, Object value) {
        figures.put(name, value instanceof Double d ? round(d) : value);
    }

    Object get(String name) {
        return figures.get(name);
    }

    void rebuild(String model, long events, double seconds) {
        double rate = events / seconds;
        String key = model.replace('-', '_');
        put("rebuild_" + key + "_seconds", seconds);
        put("rebuild_" + key + "_events_per_s", rate);
        log("rebuilt %s from %,d events in %.1f s: %,.0f events/s", model, events, seconds, rate);
    }

    void latency(String name, Latencies.Figures measured) {
        put(name + "_p50_ms", measured.p50());
        put(name + "_p99_ms", measured.p99());
        table.append(measured.row(name)).append('\n');
        log("%s", measured.row(name));
    }

    void log(String format, Object... args) {
        String line = Instant.now() + " " + String.format(Locale.ROOT, format, args) + "\n";
        try {
            Files.writeString(DIR.resolve("scale-progress.txt"), line, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write() throws IOException {
        StringBuilder text = new StringBuilder();
        figures.forEach((name, value) -> {
            if (!name.endsWith("_ms")) {
                text.append(String.format(Locale.ROOT, "%-40s %s%n", name, value));
            }
        });
        text.append(String.format(Locale.ROOT, "%n%-34s %8s %8s %8s   %s%n", "page (ms, over HTTP)", "p50", "p99",
                "max", "example"));
        text.append(table);
        Files.writeString(DIR.resolve("scale.txt"), text);
        Files.writeString(DIR.resolve("scale.json"), figures.entrySet().stream()
                .map(e -> "  \"" + e.getKey() + "\": "
                        + (e.getValue() instanceof String string ? "\"" + string + "\"" : e.getValue()))
                .collect(Collectors.joining(",\n", "{\n", "\n}\n")));
        System.out.print(text);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}

package io.gatehouse.bench;

import io.gatehouse.it.Browser;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Times pages as a signed-in person gets them: one request after another from one browser (no concurrency, so a
 * figure is one request's own cost), a warm-up first, each request with a path chosen afresh from the sample.
 * A page that does not answer 200 stops the benchmark: a fast error page is no measurement.
 */
final class Latencies {

    static final int WARM_UP = Integer.getInteger("gatehouse.bench.warm-up", 20);
    static final int REQUESTS = 200;

    /** Milliseconds: the median, the 99th percentile and the slowest. */
    record Figures(double p50, double p99, double max, String example) {
        String row(String name) {
            return String.format(Locale.ROOT, "%-34s %8.2f %8.2f %8.2f   %s", name, p50, p99, max, example);
        }
    }

    private final Browser browser;
    private final SplittableRandom random = new SplittableRandom(42);

    Latencies(Browser browser) {
        this.browser = browser;
    }

    Figures measure(Function<SplittableRandom, String> paths) {
        for (int i = 0; i < WARM_UP; i++) {
            get(paths.apply(random));
        }
        double[] millis = new double[REQUESTS];
        String example = null;
        for (int i = 0; i < REQUESTS; i++) {
            String path = paths.apply(random);
            example = example == null ? path : example;
            long start = System.nanoTime();
            get(path);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new Figures(millis[REQUESTS / 2], millis[(int) Math.ceil(REQUESTS * 0.99) - 1], millis[REQUESTS - 1],
                example);
    }

    private void get(String path) {
        Browser.Response response = browser.get(path);
        if (response.status() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.status());
        }
    }
}

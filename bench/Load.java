import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load client of bench/: C threads, each with its own connection and its own signed-in session, for a warm-up
 * and then a measured period; prints one JSON line (requests/s, p50/p99/max ms, statuses). A JVM client rather than
 * Python's urllib: on a 2-core machine the client's own CPU is taken from the server, and this one takes little.
 *
 *   java bench/Load.java get   BASE SESSIONS_FILE PATH  CLIENTS WARMUP_S SECONDS
 *   java bench/Load.java acts  BASE SESSIONS_FILE -     CLIENTS WARMUP_S SECONDS
 *   java bench/Load.java post  BASE SESSIONS_FILE -     CLIENTS WARMUP_S SECONDS
 *
 * SESSIONS_FILE: one line per client: "cookie-header<TAB>csrf-token<TAB>account-id account-id …" (ids for acts);
 * for acts each client needs its own line. Acts alternate suspend and reinstate on the client's own accounts, so
 * each is valid and must answer 303. For post, the third column is the path each client posts its form to (a
 * document's "Export as PDF"), answered 200.
 */
public class Load {

    public static void main(String[] args) throws Exception {
        String mode = args[0], base = args[1], path = args[3];
        List<String[]> sessions = Files.readAllLines(Path.of(args[2])).stream().filter(l -> !l.isBlank())
                .map(l -> l.split("\t")).toList();
        int clients = Integer.parseInt(args[4]);
        double warmup = Double.parseDouble(args[5]), seconds = Double.parseDouble(args[6]);
        long start = System.nanoTime();
        long measureFrom = start + (long) (warmup * 1e9), stop = measureFrom + (long) (seconds * 1e9);
        List<long[]> latencies = new ArrayList<>();
        Map<String, AtomicLong> statuses = new ConcurrentHashMap<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            String[] session = sessions.get(i % sessions.size());
            if (mode.equals("acts") && sessions.size() < clients) {
                throw new IllegalArgumentException("acts need a session line per client");
            }
            long[] mine = new long[2_000_000];
            latencies.add(mine);
            Thread thread = new Thread(() -> run(mode, base, path, session, mine, measureFrom, stop, statuses));
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }
        long[] all = latencies.stream().flatMapToLong(a -> Arrays.stream(a).filter(v -> v > 0)).sorted().toArray();
        String success = mode.equals("acts") ? "303" : "200";
        long succeeded = statuses.getOrDefault(success, new AtomicLong()).get();
        double rate = succeeded / seconds;
        Map<String, Long> counts = new TreeMap<>();
        statuses.forEach((k, v) -> counts.put(k, v.get()));
        System.out.printf("{\"mode\":\"%s\",\"path\":\"%s\",\"clients\":%d,\"seconds\":%.0f,\"requests\":%d,"
                        + "\"ok\":%d,\"per_s\":%.1f,\"p50_ms\":%.2f,\"p99_ms\":%.2f,\"max_ms\":%.2f,\"statuses\":\"%s\"}%n",
                mode, path, clients, seconds, all.length, succeeded, rate, pct(all, 0.50), pct(all, 0.99),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6, counts);
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static void run(String mode, String base, String path, String[] session, long[] latencies, long measureFrom, long stop, Map<String, AtomicLong> statuses) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        List<String> accounts = session.length > 2 ? List.of(session[2].trim().split(" ")) : List.of();
        boolean[] suspended = new boolean[accounts.size()];
        int n = 0, next = 0;
        while (true) {
            long t0 = System.nanoTime();
            if (t0 > stop) {
                return;
            }
            HttpRequest.Builder request = HttpRequest.newBuilder().timeout(Duration.ofSeconds(30))
                    .header("Cookie", session[0]);
            if (mode.equals("acts")) {
                int k = next++ % accounts.size();
                String act = suspended[k] ? "reinstate" : "suspend";
                request.uri(URI.create(base + "/admin/accounts/" + accounts.get(k) + "/" + act))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + session[1] + "&reason=bench+load"));
                // flipped whatever the answer: a 409 means an earlier run left it the way this act would have
                suspended[k] = !suspended[k];
            } else if (mode.equals("post")) {
                request.uri(URI.create(base + session[2].trim()))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + session[1]));
            } else {
                request.uri(URI.create(base + path)).GET();
            }
            String status;
            try {
                HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                // an act succeeds with a 303 to the account's page; a 303 elsewhere (to sign in again) is not one
                status = response.statusCode() + response.headers().firstValue("Location")
                        .map(location -> location.startsWith("/admin/accounts/") ? "" : " to " + location).orElse("");
            } catch (IOException | InterruptedException e) {
                status = "failed";
            }
            long t1 = System.nanoTime();
            if (t0 >= measureFrom && n < latencies.length) {
                latencies[n++] = Math.max(1, t1 - t0);
                statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
            }
        }
    }
}

package io.gatehouse.it;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * Admins suspending and reinstating accounts from several threads at once, each thread in an admin session of
 * its own and on accounts of its own, so that every act it sends is valid given the answers it had: an account
 * it suspended (303) it reinstates next. It writes down what each answer says happened. When a set number of
 * acts have been answered with success, {@link #run} calls its {@code kill}: decided by that count, while the
 * other threads are mid-request, and never by time.
 */
final class Burst {

    enum Act {
        SUSPEND, REINSTATE;

        /** A sequence of acts as one letter each, S or R: short enough to read in a failure. */
        static String letters(List<Act> acts) {
            return acts.stream().map(act -> act.name().substring(0, 1)).collect(Collectors.joining());
        }
    }

    /**
     * @param acknowledged per account, the acts answered with success, in the order they were sent
     * @param inFlight     per account, the act sent but never answered: the kill came first; it may or may not
     *                     have been done (at most one per thread: a thread waits for each answer)
     * @param unexpected   answers that were neither success nor the kill: none, if the app behaves
     */
    record Outcome(Map<UUID, List<Act>> acknowledged, Map<UUID, Act> inFlight, List<String> unexpected) {
        int acknowledgedCount() {
            return acknowledged.values().stream().mapToInt(List::size).sum();
        }
    }

    private final List<Browser> admins;
    private final List<List<UUID>> accounts;
    private final int actsPerThread;

    /** One thread per admin session, acting on the accounts at the same index, {@code actsPerThread} acts each. */
    Burst(List<Browser> admins, List<List<UUID>> accounts, int actsPerThread) {
        this.admins = admins;
        this.accounts = accounts;
        this.actsPerThread = actsPerThread;
    }

    Outcome run(int killAfterAcknowledged, Killer kill) throws Exception {
        CountDownLatch acknowledged = new CountDownLatch(killAfterAcknowledged);
        AtomicBoolean killed = new AtomicBoolean();
        Map<UUID, List<Act>> acks = new ConcurrentHashMap<>();
        Map<UUID, Act> inFlight = new ConcurrentHashMap<>();
        List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
        ExecutorService threads = Executors.newFixedThreadPool(admins.size());
        try {
            for (int t = 0; t < admins.size(); t++) {
                Browser admin = admins.get(t);
                List<UUID> own = accounts.get(t);
                threads.execute(() -> {
                    try {
                        act(admin, own, acks, inFlight, acknowledged, killed);
                    } catch (RuntimeException | Error e) {
                        unexpected.add((killed.get() ? "after" : "before") + " the kill: " + e);
                    }
                });
            }
            boolean reached = acknowledged.await(120, TimeUnit.SECONDS);
            killed.set(true);
            kill.kill();
            if (!reached) {
                unexpected.add("only " + (killAfterAcknowledged - acknowledged.getCount()) + " acts were acknowledged"
                        + " within 120 s; the app was killed then");
            }
        } finally {
            threads.shutdown();
            if (!threads.awaitTermination(60, TimeUnit.SECONDS)) {
                threads.shutdownNow();
                unexpected.add("a burst thread was still sending 60 s after the kill");
            }
        }
        return new Outcome(new LinkedHashMap<>(acks), new LinkedHashMap<>(inFlight), List.copyOf(unexpected));
    }

    /** One thread's share: round the thread's accounts, each act the one its last acknowledged act calls for. */
    private void act(Browser admin, List<UUID> own, Map<UUID, List<Act>> acks, Map<UUID, Act> inFlight,
                     CountDownLatch acknowledged, AtomicBoolean killed) {
        own.forEach(id -> acks.put(id, Collections.synchronizedList(new ArrayList<>())));
        admin.get("/admin/accounts/" + own.get(0)).assertStatus(200); // the form's CSRF token, as a browser has it
        for (int i = 0; i < actsPerThread; i++) {
            UUID id = own.get(i % own.size());
            List<Act> done = acks.get(id);
            Act next = done.isEmpty() || done.get(done.size() - 1) == Act.REINSTATE ? Act.SUSPEND : Act.REINSTATE;
            String page = "/admin/accounts/" + id;
            Browser.Response answer;
            try {
                answer = admin.post(page + "/" + next.name().toLowerCase(), Map.of("reason", "burst act " + i));
            } catch (UncheckedIOException noAnswer) {
                if (!killed.get()) {
                    throw noAnswer;
                }
                inFlight.put(id, next);
                return;
            }
            // A step-up also answers 303, to /login/mfa: only a 303 back to the account's page is success.
            if (answer.status() != 303 || !page.equals(answer.location())) {
                throw new AssertionError(next + " on " + id + " answered " + answer.status() + " to "
                        + answer.location());
            }
            done.add(next);
            acknowledged.countDown();
            // The redirect is not followed, as a script acting in bulk would not: the account page waits for the
            // audit trail to show the act, which would make the burst as slow as that. Its notice stays in the
            // session until it expires (3 minutes).
        }
    }

    /** What ends the app; may throw, as killing a process and waiting for it can. */
    @FunctionalInterface
    interface Killer {
        void kill() throws Exception;
    }
}

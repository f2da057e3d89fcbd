package io.gatehouse.web.export;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario.Person;
import io.gatehouse.it.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import static io.gatehouse.web.export.Exporting.export;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Exports at the same moment: beyond an account's "at once" they are refused at once, beyond the instance's two
 * slots they wait, and are refused if none frees in time; never a 5xx. Deterministic: a document titled "Held…"
 * stays in its render until the test lets it go, so the slots are known to be taken when the next request comes.
 */
@TestPropertySource(properties = {"gatehouse.test.isolated=exports", "gatehouse.exports.running-at-once=2",
        "gatehouse.exports.queue-wait=2s", "gatehouse.exports.busy-retry-after=3s"})
@Import(ExportConcurrencyTest.Holding.class)
class ExportConcurrencyTest extends IntegrationTest {

    @Autowired
    private HeldRenderer renderer;
    @Autowired
    private RenderSlots slots;
    @Autowired
    private JdbcClient jdbc;

    @BeforeEach
    void holdTheNext() {
        renderer.hold();
    }

    @AfterEach
    void letGo() {
        renderer.release();
    }

    @Test
    void secondExportOfAnAccountAllowedOneAtOnceThenTooManyRequestsAtOnce() throws Exception {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        UUID held = scenario().createDocument(sponsor, editor.id(), "Held export", "Text.");
        UUID other = scenario().createDocument(sponsor, editor.id(), "Another", "Text.");
        Exporting.setLimits(scenario(), sponsor.id(), 10, 100, 1);
        Browser sameSession = sponsor.browser().withSessionOn("http://localhost:" + port);
        sameSession.get("/sponsor/documents/" + other).assertStatus(200);

        CompletableFuture<Browser.Response> first = renderer.holding(() -> export(sponsor.browser(), "sponsor", held));
        Browser.Response second = Exporting.again(sameSession, "sponsor", other);

        assertThat(second.status()).isEqualTo(429);
        assertThat(second.header("Retry-After")).isEqualTo("3");
        assertThat(second.header("RateLimit")).startsWith("\"minute\";r=9;");
        assertThat(second.html().selectFirst("h1").text()).isEqualTo("Too many of your exports are running");
        assertThat(second.text()).contains("You already have 1 export running, as many as you may run at once.");
        renderer.release();
        assertThat(first.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
        Exporting.again(sameSession, "sponsor", other).assertStatus(200);
    }

    @Test
    void exportBeyondTheInstancesRenderSlotsThenWaitsAndIsRefusedWithRetryAfter() throws Exception {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person second = scenario().active(Role.SPONSOR);
        Person other = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        UUID held = scenario().createDocument(sponsor, editor.id(), "Held export", "Text.");
        UUID alsoHeld = scenario().createDocument(second, editor.id(), "Held too", "Text.");
        UUID waiting = scenario().createDocument(other, editor.id(), "Waiting", "Text.");

        CompletableFuture<Browser.Response> first = renderer.holding(() -> export(sponsor.browser(), "sponsor", held));
        CompletableFuture<Browser.Response> next = renderer.holding(() -> export(second.browser(), "sponsor", alsoHeld));
        Browser.Response refused = export(other.browser(), "sponsor", waiting);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isEqualTo("3");
        assertThat(refused.header("RateLimit")).startsWith("\"minute\";r=10;");
        assertThat(refused.text()).contains("So many people are exporting right now that yours could not start.");
        renderer.release();
        assertThat(first.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
        assertThat(next.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
        assertThat(other.browser().get("/sponsor/dashboard").html().selectFirst(".export-usage").text())
                .as("the refused export does not count").contains("Today (UTC) 0 of 200");
        Exporting.again(other.browser(), "sponsor", waiting).assertStatus(200);
    }

    @Test
    void exportBeyondTheInstancesRenderSlotsThenWaitsForTheSlotThatFrees() throws Exception {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person second = scenario().active(Role.SPONSOR);
        Person other = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        UUID held = scenario().createDocument(sponsor, editor.id(), "Held export", "Text.");
        UUID alsoHeld = scenario().createDocument(second, editor.id(), "Held too", "Text.");
        UUID waiting = scenario().createDocument(other, editor.id(), "Waiting", "Text.");
        other.browser().get("/sponsor/documents/" + waiting).assertStatus(200);

        CompletableFuture<Browser.Response> first = renderer.holding(() -> export(sponsor.browser(), "sponsor", held));
        CompletableFuture<Browser.Response> next = renderer.holding(() -> export(second.browser(), "sponsor", alsoHeld));
        CompletableFuture<Browser.Response> third = CompletableFuture.supplyAsync(
                () -> Exporting.again(other.browser(), "sponsor", waiting), HeldRenderer.REQUESTS);
        await().atMost(Duration.ofSeconds(10)).until(() -> slots.waiting() == 1);
        renderer.release();

        assertThat(first.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
        assertThat(next.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
        assertThat(third.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
    }

    @Test
    void slotOfAnInstanceThatDiedThenFreeOnceItsLeaseRunsOut() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        UUID document = scenario().createDocument(sponsor, editor.id(), "After a crash", "Text.");
        Exporting.setLimits(scenario(), sponsor.id(), 10, 100, 1);
        Instant now = TestClock.INSTANCE.instant();
        // what a killed instance leaves behind: its export's row, never deleted
        jdbc.sql("insert into export_running (slot_id, account_id, started_at, lease_until) values (?, ?, ?, ?)")
                .params(UUID.randomUUID(), sponsor.id(), Timestamp.from(now), Timestamp.from(now.plus(Duration.ofMinutes(2))))
                .update();

        export(sponsor.browser(), "sponsor", document).assertStatus(429);
        TestClock.INSTANCE.advance(Duration.ofMinutes(2));

        Exporting.again(sponsor.browser(), "sponsor", document).assertStatus(200);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Holding {
        @Bean
        @Primary
        HeldRenderer heldRenderer() {
            return new HeldRenderer();
        }
    }

    /** Holds the renders of documents titled "Held…", from {@link #hold()} until {@link #release()}. */
    static class HeldRenderer extends PdfRenderer {

        /** A thread per request: the common pool may have fewer threads than the requests a test keeps waiting. */
        static final Executor REQUESTS = Executors.newCachedThreadPool();

        private final Semaphore entered = new Semaphore(0);
        private volatile CountDownLatch gate = new CountDownLatch(0);

        void hold() {
            gate = new CountDownLatch(1);
            entered.drainPermits();
        }

        /** Starts {@code export} on another thread and returns once its render is held. */
        CompletableFuture<Browser.Response> holding(java.util.function.Supplier<Browser.Response> export)
                throws InterruptedException {
            CompletableFuture<Browser.Response> running = CompletableFuture.supplyAsync(export, REQUESTS);
            if (!entered.tryAcquire(30, TimeUnit.SECONDS)) {
                throw new AssertionError("The held export never started rendering: " + running.getNow(null));
            }
            return running;
        }

        void release() {
            gate.countDown();
        }

        @Override
        public byte[] render(DocumentPdf document) {
            if (document.title().startsWith("Held")) {
                entered.release();
                try {
                    gate.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return super.render(document);
        }
    }
}

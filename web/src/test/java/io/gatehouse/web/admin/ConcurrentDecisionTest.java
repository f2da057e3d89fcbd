package io.gatehouse.web.admin;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Pages;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.Scenario.Person;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Two admins decide on one PENDING account at the same moment: one decision wins, the other gets 409. */
class ConcurrentDecisionTest extends IntegrationTest {

    private static final int ROUNDS = 5;

    private final Scenario scenario = scenario();

    @Test
    void approveAndRejectAtOnceThenExactlyOneWinsAndOneIsRecorded() throws Exception {
        Person approver = scenario.newAdmin();
        Person rejecter = scenario.newAdmin();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Person person = scenario.signUp(Role.SPONSOR);
                String base = "/admin/accounts/" + person.id();
                approver.browser().get(base).assertStatus(200);
                rejecter.browser().get(base).assertStatus(200);
                CountDownLatch ready = new CountDownLatch(2);
                CountDownLatch go = new CountDownLatch(1);

                Future<Browser.Response> approve = pool.submit(at(ready, go,
                        () -> approver.browser().post(base + "/approve", Map.of("reason", "Looks fine"))));
                Future<Browser.Response> reject = pool.submit(at(ready, go,
                        () -> rejecter.browser().post(base + "/reject", Map.of("reason", "Looks wrong"))));
                assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
                go.countDown();
                Browser.Response approved = approve.get(60, TimeUnit.SECONDS);
                Browser.Response rejected = reject.get(60, TimeUnit.SECONDS);

                assertThat(List.of(approved.status(), rejected.status())).as("round %d", round)
                        .containsExactlyInAnyOrder(303, 409);
                boolean approveWon = approved.status() == 303;
                Browser.Response loser = approveWon ? rejected : approved;
                assertThat(loser.header("Content-Type")).startsWith("text/html");
                assertThat(loser.text()).containsAnyOf("this account is ACTIVE", "this account is REJECTED",
                        "at the same moment");

                Browser.Response account = approver.browser().get(base).assertStatus(200);
                assertThat(Pages.state(account)).isEqualTo(approveWon ? "ACTIVE" : "REJECTED");

                List<Pages.Row> history = Pages.history(account);
                assertThat(history).extracting(Pages.Row::action)
                        .containsExactly("Signed up", "E-mail confirmed", approveWon ? "Approved" : "Rejected");
                assertThat(history.get(2).actor()).isEqualTo(approveWon ? approver.email() : rejecter.email());

                List<Pages.Row> decisions = Pages.history(approver.browser().get("/audit?account=" + person.id()))
                        .stream().filter(r -> r.eventType().equals("AccountApproved")
                                || r.eventType().equals("AccountRejected")).toList();
                assertThat(decisions).hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Callable<Browser.Response> at(CountDownLatch ready, CountDownLatch go,
                                                  Callable<Browser.Response> request) {
        return () -> {
            ready.countDown();
            go.await();
            return request.call();
        };
    }
}

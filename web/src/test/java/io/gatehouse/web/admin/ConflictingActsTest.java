package io.gatehouse.web.admin;

import io.gatehouse.account.AccountApproved;
import io.gatehouse.account.AccountEvent;
import io.gatehouse.account.AccountReinstated;
import io.gatehouse.account.AccountRejected;
import io.gatehouse.account.AccountSuspended;
import io.gatehouse.account.Role;
import io.gatehouse.account.RoleGranted;
import io.gatehouse.account.RoleRevoked;
import io.gatehouse.it.Browser;
import io.gatehouse.it.ContractStateMachine;
import io.gatehouse.it.ContractStateMachine.Standing;
import io.gatehouse.it.ContractStateMachine.State;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Pages;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.Scenario.Person;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many admins acting on the same account at the same moment, in every order the server happens to serve them.
 * Whatever the interleaving: each request is answered 303 or 409, each 303 left exactly its event in the store and
 * each 409 none, the account's events are a path through the contract's state machine, and an ACTIVE admin remains.
 *
 * <p>Shares {@link LastActiveAdminTest}'s database (the same isolating property), where the root admin and the
 * admins made here are the only ones, so two admins can be made the last ones; it leaves the root admin ACTIVE
 * with ADMIN, as those tests expect to find it.
 */
@TestPropertySource(properties = "gatehouse.test.isolated=lastadmin")
class ConflictingActsTest extends IntegrationTest {

    private static final int REQUESTS = 100;
    private static final int ADMINS = 4;
    private static final int ROUNDS = 4;

    private static ExecutorService pool;

    @Autowired
    private EventStorageEngine eventStore; // the raw events: the event store would start from a snapshot

    /** One act as an admin sends it: where it posts, its fields, and the event a success records. */
    private record Act(String path, Map<String, String> fields, Class<? extends AccountEvent> records, Role role) {

        static Act of(String path, Class<? extends AccountEvent> records) {
            return new Act(path, Map.of(), records, null);
        }

        static Act role(String path, Role role, Class<? extends AccountEvent> records) {
            return new Act(path, Map.of("role", role.name()), records, role);
        }

        boolean matches(AccountEvent event) {
            return records.isInstance(event) && (role == null || role == roleOf(event));
        }
    }

    /** A request sent in a race: who sent it, what, with which unique reason, and the answer. */
    private record Sent(String admin, Act act, String reason, int status) {
    }

    private static final List<Act> ACTS = List.of(
            Act.of("approve", AccountApproved.class),
            Act.of("reject", AccountRejected.class),
            Act.of("suspend", AccountSuspended.class),
            Act.of("reinstate", AccountReinstated.class),
            Act.role("roles/grant", Role.EDITOR, RoleGranted.class),
            Act.role("roles/revoke", Role.EDITOR, RoleRevoked.class),
            Act.role("roles/grant", Role.ADMIN, RoleGranted.class),
            Act.role("roles/revoke", Role.ADMIN, RoleRevoked.class));

    @BeforeAll
    static void threads() {
        pool = Executors.newFixedThreadPool(REQUESTS);
    }

    @AfterAll
    static void stopThreads() {
        pool.shutdownNow();
    }

    @Test
    void hundredConflictingActsOnOneAccountThenOnlyValidTransitionsAreRecordedAndTheRestGet409() throws Exception {
        Scenario scenario = scenario();
        List<Person> admins = new ArrayList<>();
        admins.add(new Person(scenario.rootBrowser(), ADMIN_EMAIL, scenario.accountIdOf(ADMIN_EMAIL)));
        while (admins.size() < ADMINS) {
            admins.add(scenario.newAdmin());
        }
        // ACTIVE, so that suspend, reinstate, grant and revoke all have turns to take effect; approve and reject
        // stay in the mix and must all be refused.
        Person target = scenario.active(Role.SPONSOR);
        String account = "/admin/accounts/" + target.id();
        for (Person admin : admins) {
            admin.browser().get(account).assertStatus(200);
        }
        int before = events(target.id()).size();

        List<Request> requests = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            // Every admin sends every kind of act: the n-th block of |ACTS| requests comes from admin n mod |ADMINS|.
            requests.add(new Request(admins.get((i / ACTS.size()) % ADMINS), ACTS.get(i % ACTS.size()),
                    "race " + i + " " + UUID.randomUUID(), target.id()));
        }
        List<Sent> sent = sendAllAtOnce(requests);

        assertThat(sent).extracting(Sent::status).as("every answer").allMatch(s -> s == 303 || s == 409);
        List<AccountEvent> history = events(target.id());
        Standing end = ContractStateMachine.replay(history);
        List<AccountEvent> recorded = history.subList(before, history.size());
        assertEachSuccessHasItsEventAndNoRefusalHasOne(sent, recorded);
        assertThat(sent.stream().filter(s -> s.status() == 303
                && (s.act().path().equals("approve") || s.act().path().equals("reject")))).isEmpty();
        assertThat(end.state()).isIn(State.ACTIVE, State.SUSPENDED);
        // Whoever came first found the account ACTIVE: a suspend or a grant of a role it lacked could not lose.
        assertThat(recorded).isNotEmpty();

        Browser.Response page = admins.get(0).browser().get(account).assertStatus(200);
        assertThat(Pages.state(page)).as("the directory agrees with the store").isEqualTo(end.state().name());
        for (Person admin : admins) {
            assertThat(ContractStateMachine.replay(events(admin.id())).isActiveAdmin()).isTrue();
        }
        System.out.printf("%d conflicting acts: %d took effect (%s), %d refused with 409; account ends %s %s%n",
                REQUESTS, recorded.size(), recorded.stream().map(e -> e.getClass().getSimpleName())
                        .collect(Collectors.groupingBy(n -> n, LinkedHashMap::new, Collectors.counting())),
                REQUESTS - recorded.size(), end.state(), end.roles());
    }

    @Test
    void twoLastAdminsSuspendAndRevokeAdminFromEachOtherAtOnceThenAnActiveAdminAlwaysRemains() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Scenario scenario = freshScenario(); // a lost round ends the root admin's sessions
            Person root = new Person(scenario.rootBrowser(), ADMIN_EMAIL, scenario.accountIdOf(ADMIN_EMAIL));
            Person other = scenario.newAdmin();
            leaveOnlyActiveAdmins(root, other.id());
            Map<UUID, Integer> before = Map.of(root.id(), events(root.id()).size(), other.id(), events(other.id()).size());
            other.browser().get("/admin/accounts/" + root.id()).assertStatus(200);
            root.browser().get("/admin/accounts/" + other.id()).assertStatus(200);

            String tag = "round " + round + " " + UUID.randomUUID();
            List<Request> requests = new ArrayList<>();
            for (Person[] pair : new Person[][]{{root, other}, {other, root}}) {
                requests.add(new Request(pair[0], Act.of("suspend", AccountSuspended.class),
                        tag + " suspend " + pair[1].email(), pair[1].id()));
                requests.add(new Request(pair[0], Act.role("roles/revoke", Role.ADMIN, RoleRevoked.class),
                        tag + " revoke " + pair[1].email(), pair[1].id()));
            }
            List<Sent> sent = sendAllAtOnce(requests);

            // A request that arrives after its sender lost their standing meets the sign-in or role check
            // (302 to sign in, 403) rather than the rule (409); neither is a server error.
            assertThat(sent).extracting(Sent::status).as("round %d", round).allMatch(s -> s == 303 || s == 409
                    || s == 302 || s == 403);
            List<AccountEvent> recorded = new ArrayList<>();
            Map<UUID, Standing> standing = new HashMap<>();
            for (UUID id : List.of(root.id(), other.id())) {
                List<AccountEvent> history = events(id);
                standing.put(id, ContractStateMachine.replay(history));
                recorded.addAll(history.subList(before.get(id), history.size()));
            }
            assertEachSuccessHasItsEventAndNoRefusalHasOne(sent, recorded);
            assertThat(sent).extracting(Sent::status).as("round %d", round).contains(303);
            assertThat(standing.values().stream().filter(Standing::isActiveAdmin)).as("round %d: %s", round, sent)
                    .hasSize(1);
            // Only the one left standing acted: the other lost before any of their requests took effect.
            Person winner = standing.get(root.id()).isActiveAdmin() ? root : other;
            assertThat(sent.stream().filter(s -> s.status() == 303)).allMatch(s -> s.admin().equals(winner.email()));

            if (winner == other) {
                Standing rootNow = standing.get(root.id());
                if (rootNow.state() == State.SUSPENDED) {
                    Scenario.act(other.browser(), root.id(), "reinstate", Map.of("reason", "Restore root"))
                            .assertStatus(303);
                }
                if (!rootNow.roles().contains(Role.ADMIN)) {
                    Scenario.act(other.browser(), root.id(), "roles/grant", Map.of("role", "ADMIN"))
                            .assertStatus(303);
                }
            }
            assertThat(ContractStateMachine.replay(events(root.id())).isActiveAdmin()).isTrue();
        }
    }

    private record Request(Person admin, Act act, String reason, UUID accountId) {
    }

    /** Sends every request from its own thread, all released by one latch once each thread is waiting on it. */
    private static List<Sent> sendAllAtOnce(List<Request> requests) throws Exception {
        CountDownLatch ready = new CountDownLatch(requests.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Browser.Response>> answers = new ArrayList<>();
        for (Request request : requests) {
            Map<String, String> fields = new LinkedHashMap<>(request.act().fields());
            fields.put("reason", request.reason());
            answers.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return request.admin().browser().post("/admin/accounts/" + request.accountId() + "/"
                        + request.act().path(), fields);
            }));
        }
        assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
        go.countDown();
        List<Sent> sent = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            Request request = requests.get(i);
            Browser.Response answer = answers.get(i).get(60, TimeUnit.SECONDS);
            assertThat(answer.status()).as("%s %s: %s", request.admin().email(), request.act(),
                    answer.status() >= 500 ? answer.text() : "").isLessThan(500);
            sent.add(new Sent(request.admin().email(), request.act(), request.reason(), answer.status()));
        }
        return sent;
    }

    /**
     * The events the requests recorded are told apart by their unique reasons: each success left exactly one
     * event, of its kind, and nothing else was recorded; an acknowledged act is never lost.
     */
    private static void assertEachSuccessHasItsEventAndNoRefusalHasOne(List<Sent> sent, List<AccountEvent> recorded) {
        Map<String, Sent> byReason = sent.stream().collect(Collectors.toMap(Sent::reason, s -> s));
        Map<String, AccountEvent> recordedByReason = new HashMap<>();
        for (AccountEvent event : recorded) {
            Sent request = byReason.get(event.reason());
            assertThat(request).as("the request that recorded %s", event).isNotNull();
            assertThat(recordedByReason.put(event.reason(), event)).as("a second event for %s", request).isNull();
            assertThat(request.status()).as("the answer to %s, which recorded %s", request, event).isEqualTo(303);
            assertThat(request.act().matches(event)).as("%s recorded %s", request, event).isTrue();
        }
        long successes = sent.stream().filter(s -> s.status() == 303).count();
        assertThat(recorded).as("events recorded by the %d successes", successes).hasSize((int) successes);
    }

    private void leaveOnlyActiveAdmins(Person root, UUID other) {
        Browser.Response list;
        int page = 0;
        List<UUID> others = new ArrayList<>();
        do {
            list = root.browser().get("/admin/accounts?status=ACTIVE&page=" + page++).assertStatus(200);
            for (var row : list.html().select("table.list tbody tr")) {
                var cells = row.select("td");
                var link = row.selectFirst("a[href^=/admin/accounts/]");
                if (link != null && cells.size() == 6 && cells.get(4).text().contains("ADMIN")) {
                    others.add(UUID.fromString(link.attr("href").substring("/admin/accounts/".length())));
                }
            }
        } while (list.html().selectFirst("a[rel=next]") != null);
        for (UUID admin : others) {
            if (!admin.equals(root.id()) && !admin.equals(other)) {
                Scenario.act(root.browser(), admin, "suspend", Map.of("reason", "Leave two admins")).assertStatus(303);
            }
        }
    }

    private List<AccountEvent> events(UUID accountId) {
        return eventStore.readEvents(accountId.toString()).asStream()
                .map(DomainEventMessage::getPayload)
                .filter(AccountEvent.class::isInstance)
                .map(AccountEvent.class::cast)
                .toList();
    }

    private static Role roleOf(AccountEvent event) {
        if (event instanceof RoleGranted granted) {
            return granted.role();
        }
        if (event instanceof RoleRevoked revoked) {
            return revoked.role();
        }
        return null;
    }
}

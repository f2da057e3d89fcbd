package io.gatehouse.web.admin;

import io.gatehouse.account.EraseAccount;
import io.gatehouse.account.RevokeRole;
import io.gatehouse.account.Role;
import io.gatehouse.account.SuspendAccount;
import io.gatehouse.command.CommandRefusedException;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Pages;
import io.gatehouse.it.Scenario.Person;
import io.gatehouse.it.Scenario;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The last ACTIVE admin can be neither suspended nor stripped of ADMIN. Runs in its own application context,
 * over its own fresh database, so that which admins exist is known: the root admin and those made here.
 *
 * <p>Over HTTP one admin acting on another proves there is a second ACTIVE admin, so the rule can only bite
 * when two admins remove each other at the same moment, or when an act reaches the command side from an
 * actor who lost their standing in between. Both are tested here.
 */
@TestPropertySource(properties = "gatehouse.test.isolated=lastadmin")
class LastActiveAdminTest extends IntegrationTest {

    /** Races run at least this many rounds, and more (up to {@link #MAX_ROUNDS}) until a loser meets the rule. */
    private static final int ROUNDS = 5;
    private static final int MAX_ROUNDS = 15;

    @Autowired
    private CommandGateway commands;

    @Test
    void suspendOrRevokeAdminOfLastActiveAdminThenConflictAndNothingRecorded() {
        Scenario scenario = scenario();
        Person root = scenario.rootAdmin();
        UUID rootId = scenario.accountIdOf(ADMIN_EMAIL);
        leaveRootTheOnlyActiveAdmin(root.browser(), rootId);
        // A second admin, suspended: it still holds ADMIN, but is not ACTIVE, so the root admin is the last one.
        Person other = scenario.newAdmin();
        Scenario.act(root.browser(), other.id(), "suspend", Map.of("reason", "On leave")).assertStatus(303);
        List<Pages.Row> before = history(root.browser(), rootId);

        // The suspended admin's old session cannot even reach the act: it was ended, and is told so.
        Browser.Response stale = other.browser().post("/admin/accounts/" + rootId + "/suspend",
                Map.of("reason", "Coup"));
        assertThat(stale.status()).isIn(401, 302, 403);
        // Their act, arriving at the command side anyway, meets the rule.
        Throwable suspend = catchThrowable(() -> commands.sendAndWait(
                new SuspendAccount(rootId, "Coup", other.id().toString(), "127.0.0.1")));
        Throwable revoke = catchThrowable(() -> commands.sendAndWait(
                new RevokeRole(rootId, Role.ADMIN, "Coup", other.id().toString(), "127.0.0.1")));
        Throwable erase = catchThrowable(() -> commands.sendAndWait(
                new EraseAccount(rootId, "Coup", other.id().toString(), "127.0.0.1")));

        assertThat(refusal(suspend).kind()).isEqualTo(CommandRefusedException.Kind.CONFLICT);
        assertThat(refusal(suspend).getMessage()).contains("last active admin").contains("suspended");
        assertThat(refusal(revoke).kind()).isEqualTo(CommandRefusedException.Kind.CONFLICT);
        assertThat(refusal(revoke).getMessage()).contains("last active admin").contains("ADMIN");
        assertThat(refusal(erase).kind()).isEqualTo(CommandRefusedException.Kind.CONFLICT);
        assertThat(refusal(erase).getMessage()).contains("last active admin").contains("erased");
        Browser.Response page = root.browser().get("/admin/accounts/" + rootId).assertStatus(200);
        assertThat(Pages.state(page)).isEqualTo("ACTIVE");
        assertThat(Pages.roles(page)).contains("ADMIN");
        assertThat(Pages.history(page)).isEqualTo(before);
        root.browser().get("/admin").assertStatus(200);
    }

    @Test
    void revokeAdminFromSuspendedAdminWhenRootIsLastActiveThenAllowed() {
        Scenario scenario = scenario();
        Person root = scenario.rootAdmin();
        UUID rootId = scenario.accountIdOf(ADMIN_EMAIL);
        leaveRootTheOnlyActiveAdmin(root.browser(), rootId);
        Person other = scenario.newAdmin();
        Scenario.act(root.browser(), other.id(), "suspend", Map.of("reason", "On leave")).assertStatus(303);

        Scenario.act(root.browser(), other.id(), "roles/revoke", Map.of("role", "ADMIN", "reason", "Gone"))
                .assertStatus(303);

        Browser.Response page = root.browser().get("/admin/accounts/" + other.id()).assertStatus(200);
        assertThat(Pages.roles(page)).isEqualTo("SPONSOR");
        assertThat(Pages.state(page)).isEqualTo("SUSPENDED");
    }

    @Test
    void twoAdminsSuspendEachOtherAtOnceThenOneWinsAndOneActiveAdminRemains() throws Exception {
        race("suspend", Map.of("reason", "Only one of us"));
    }

    @Test
    void twoAdminsRevokeAdminFromEachOtherAtOnceThenOneWinsAndOneActiveAdminRemains() throws Exception {
        race("roles/revoke", Map.of("role", "ADMIN", "reason", "Only one of us"));
    }

    /** Root admin and a second admin act on each other at once, {@link #ROUNDS} times. */
    private void race(String act, Map<String, String> fields) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int lastAdminRefusals = 0;
        try {
            int round;
            for (round = 0; round < ROUNDS || (lastAdminRefusals == 0 && round < MAX_ROUNDS); round++) {
                Scenario scenario = freshScenario(); // the last round may have suspended root, ending its sessions
                Person root = scenario.rootAdmin();
                UUID rootId = scenario.accountIdOf(ADMIN_EMAIL);
                leaveRootTheOnlyActiveAdmin(root.browser(), rootId);
                Person other = scenario.newAdmin();
                List<Pages.Row> rootBefore = history(root.browser(), rootId);
                List<Pages.Row> otherBefore = history(root.browser(), other.id());
                other.browser().get("/admin/accounts/" + rootId).assertStatus(200);
                root.browser().get("/admin/accounts/" + other.id()).assertStatus(200);
                CountDownLatch ready = new CountDownLatch(2);
                CountDownLatch go = new CountDownLatch(1);

                Future<Browser.Response> byRoot = pool.submit(at(ready, go, () -> root.browser()
                        .post("/admin/accounts/" + other.id() + "/" + act, fields)));
                Future<Browser.Response> byOther = pool.submit(at(ready, go, () -> other.browser()
                        .post("/admin/accounts/" + rootId + "/" + act, fields)));
                assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
                go.countDown();
                Browser.Response rootResponse = byRoot.get(60, TimeUnit.SECONDS);
                Browser.Response otherResponse = byOther.get(60, TimeUnit.SECONDS);

                List<Integer> statuses = List.of(rootResponse.status(), otherResponse.status());
                assertThat(statuses).as("round %d", round).containsOnlyOnce(303);
                boolean rootWon = rootResponse.status() == 303;
                Browser.Response loser = rootWon ? otherResponse : rootResponse;
                // The loser either met the rule (409) or, arriving after the winner's commit, had already lost
                // their own standing: their session ended (suspended) or the admin area refused (no ADMIN).
                assertThat(loser.status()).as("round %d", round).isIn(409, 401, 302, 403);
                if (loser.status() == 409) {
                    assertThat(loser.text()).contains("This is the last active admin");
                    lastAdminRefusals++;
                }

                Person winner = rootWon ? root : other;
                UUID winnerId = rootWon ? rootId : other.id();
                UUID loserId = rootWon ? other.id() : rootId;
                Browser.Response winnerPage = winner.browser().get("/admin/accounts/" + winnerId).assertStatus(200);
                assertThat(Pages.state(winnerPage)).isEqualTo("ACTIVE");
                assertThat(Pages.roles(winnerPage)).contains("ADMIN");
                assertThat(Pages.history(winnerPage)).isEqualTo(rootWon ? rootBefore : otherBefore);
                Browser.Response loserPage = winner.browser().get("/admin/accounts/" + loserId).assertStatus(200);
                if (act.equals("suspend")) {
                    assertThat(Pages.state(loserPage)).isEqualTo("SUSPENDED");
                } else {
                    assertThat(Pages.roles(loserPage)).doesNotContain("ADMIN");
                }
                List<Pages.Row> loserHistory = Pages.history(loserPage);
                assertThat(loserHistory).hasSize((rootWon ? otherBefore : rootBefore).size() + 1);
                assertThat(loserHistory.get(loserHistory.size() - 1).actor())
                        .isEqualTo(winner.email());
                assertThat(activeAdmins(winner.browser())).as("round %d", round).containsExactly(winnerId);

                if (!rootWon) {
                    // Put the root admin back for the next round.
                    if (act.equals("suspend")) {
                        Scenario.act(other.browser(), rootId, "reinstate", Map.of("reason", "Restore root"))
                                .assertStatus(303);
                    } else {
                        Scenario.act(other.browser(), rootId, "roles/grant", Map.of("role", "ADMIN"))
                                .assertStatus(303);
                    }
                }
            }
            System.out.printf("%s race: %d of %d losers met the last-active-admin rule (the others had lost"
                    + " their standing before their request was checked)%n", act, lastAdminRefusals, round);
        } finally {
            pool.shutdownNow();
        }
        assertThat(lastAdminRefusals).as("rounds in which the loser got 409 \"last active admin\"")
                .isPositive();
    }

    /** Suspends every other ACTIVE admin, as the root admin, so the root admin is the last one. */
    private static void leaveRootTheOnlyActiveAdmin(Browser root, UUID rootId) {
        for (UUID admin : activeAdmins(root)) {
            if (!admin.equals(rootId)) {
                Scenario.act(root, admin, "suspend", Map.of("reason", "Leave the root admin alone"))
                        .assertStatus(303);
            }
        }
        assertThat(activeAdmins(root)).containsExactly(rootId);
    }

    /** The ids of the ACTIVE accounts holding ADMIN, read through the admin directory, every page. */
    private static List<UUID> activeAdmins(Browser admin) {
        List<UUID> found = new ArrayList<>();
        for (int page = 0; ; page++) {
            Browser.Response list = admin.get("/admin/accounts?status=ACTIVE&page=" + page).assertStatus(200);
            for (Element row : list.html().select("table.list tbody tr")) {
                var cells = row.select("td");
                var link = row.selectFirst("a[href^=/admin/accounts/]");
                if (link != null && cells.size() == 6 && cells.get(4).text().contains("ADMIN")) {
                    found.add(UUID.fromString(link.attr("href").substring("/admin/accounts/".length())));
                }
            }
            if (list.html().selectFirst("a[rel=next]") == null) {
                return found;
            }
        }
    }

    private static List<Pages.Row> history(Browser admin, UUID id) {
        return Pages.history(admin.get("/admin/accounts/" + id).assertStatus(200));
    }

    private static CommandRefusedException refusal(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof CommandRefusedException refused) {
                return refused;
            }
        }
        throw new AssertionError("Expected the command to be refused, but got " + thrown, thrown);
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

package io.gatehouse.it;

import io.gatehouse.account.Role;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Two instances of the app on one database, as behind a load balancer. */
class TwoInstancesTest {

    @Test
    void suspensionOnOneInstanceCutsOffTheSessionOnTheOther() {
        try (App a = App.start("gatehouse.embedded-database.ephemeral=true");
             App b = App.start(a.authenticator(), "spring.datasource.url=" + a.jdbcUrl(),
                     "spring.datasource.username=postgres")) {
            Scenario.Person sponsor = a.scenario().active(Role.SPONSOR);
            Browser sameSessionOnB = sponsor.browser().withSessionOn(b.baseUrl());
            sameSessionOnB.get("/sponsor/dashboard").assertStatus(200);

            a.scenario().adminAct(sponsor.id(), "suspend", Map.of("reason", "suspended on instance A"))
                    .assertStatus(303);

            // B tells the person why their session ended; after that, the session is simply gone, on A too.
            Browser.Response onB = sameSessionOnB.get("/sponsor/dashboard");
            assertThat(onB.status()).isEqualTo(401);
            assertThat(onB.text()).contains("suspended").contains("suspended on instance A");
            assertThat(sponsor.browser().get("/sponsor/dashboard").status()).isEqualTo(302);
        }
    }

    @Test
    void roleRevokedOnOneInstanceIsRefusedOnTheOtherAtTheNextRequest() {
        try (App a = App.start("gatehouse.embedded-database.ephemeral=true");
             App b = App.start(a.authenticator(), "spring.datasource.url=" + a.jdbcUrl(),
                     "spring.datasource.username=postgres")) {
            Scenario.Person person = a.scenario().activeWith(Role.SPONSOR, Role.EDITOR);
            Browser onB = person.browser().withSessionOn(b.baseUrl());
            onB.get("/editor/dashboard").assertStatus(200);

            a.scenario().adminAct(person.id(), "roles/revoke", Map.of("role", "EDITOR", "reason", "no longer edits"))
                    .assertStatus(303);

            onB.get("/editor/dashboard").assertStatus(403);
            onB.get("/sponsor/dashboard").assertStatus(200);
        }
    }

    /**
     * The first instance holds the streaming read models' work; the second reads how far it has got from
     * token_entry, so a document created on the second still shows there at once, and a replay asked of the
     * second is refused with a reason instead of fighting the first over the token.
     */
    @Test
    void aDocumentCreatedOnTheInstanceThatDoesNotProcessItShowsThereAtOnce() {
        try (App a = App.start("gatehouse.embedded-database.ephemeral=true");
             App b = App.start(a.authenticator(), "spring.datasource.url=" + a.jdbcUrl(),
                     "spring.datasource.username=postgres")) {
            Scenario.Person sponsor = a.scenario().active(Role.SPONSOR);
            Scenario.Person editor = a.scenario().active(Role.EDITOR);
            Browser onB = sponsor.browser().withSessionOn(b.baseUrl());

            Browser.Response created = onB.submit("/sponsor/documents/new", "/sponsor/documents/new",
                    Map.of("title", "Written on B", "body", "", "editorId", editor.id().toString())).assertStatus(303);

            assertThat(onB.get(created.location()).assertStatus(200).html().selectFirst("h1").text())
                    .isEqualTo("Written on B");
            Browser adminOnB = a.scenario().rootBrowser().withSessionOn(b.baseUrl());
            assertThat(adminOnB.get("/admin/projections").assertStatus(200).html()
                    .selectFirst("tr[data-projection=documents]").text()).contains("another instance");
            Browser.Response replay = adminOnB.post("/admin/projections/documents/replay", Map.of());
            assertThat(replay.status()).isEqualTo(409);
            assertThat(replay.text()).contains("Another instance");
        }
    }

    /**
     * Instance A keeps a snapshot of the account after many acts; B then suspends it. A's next command folds the
     * events after its snapshot from the store, so it sees the suspension: reinstating works, suspending again is
     * refused. An aggregate cache would have judged both against the state before B's act.
     */
    @Test
    void anActOnTheOtherInstanceIsSeenThoughThisOneHoldsASnapshotOfTheAccount() {
        try (App a = App.start("gatehouse.embedded-database.ephemeral=true");
             App b = App.start(a.authenticator(), "spring.datasource.url=" + a.jdbcUrl(),
                     "spring.datasource.username=postgres")) {
            Scenario.Person person = a.scenario().active(Role.SPONSOR);
            for (int i = 0; i < 12; i++) {
                a.scenario().adminAct(person.id(), i % 2 == 0 ? "suspend" : "reinstate", Map.of("reason", "round " + i))
                        .assertStatus(303);
            }
            Browser adminOnB = a.scenario().rootBrowser().withSessionOn(b.baseUrl());
            adminOnB.get("/admin/accounts/" + person.id()).assertStatus(200);
            adminOnB.post("/admin/accounts/" + person.id() + "/suspend", Map.of("reason", "suspended on B"))
                    .assertStatus(303);

            assertThat(a.scenario().adminAct(person.id(), "suspend", Map.of("reason", "again on A")).status())
                    .isEqualTo(409);
            a.scenario().adminAct(person.id(), "reinstate", Map.of("reason", "reinstated on A")).assertStatus(303);
        }
    }
}

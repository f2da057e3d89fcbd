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
}

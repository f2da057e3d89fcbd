package io.gatehouse.web.export;

import io.gatehouse.account.Role;
import io.gatehouse.it.App;
import io.gatehouse.it.Browser;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.Scenario.Person;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.gatehouse.web.export.Exporting.again;
import static io.gatehouse.web.export.Exporting.export;
import static io.gatehouse.web.export.Exporting.startAFreshMinute;
import static org.assertj.core.api.Assertions.assertThat;

/** Two instances of the app on one database, as behind a load balancer, count one account's exports together. */
class ExportTwoInstancesTest {

    @Test
    void exportsOnBothInstancesThenOneCountAndTheLimitHoldsOnEither() {
        try (App a = App.start("gatehouse.embedded-database.ephemeral=true");
             App b = App.start(a.authenticator(), "spring.datasource.url=" + a.jdbcUrl(),
                     "spring.datasource.username=postgres")) {
            Scenario scenario = a.scenario();
            Person sponsor = scenario.active(Role.SPONSOR);
            Person editor = scenario.active(Role.EDITOR);
            UUID document = scenario.createDocument(sponsor, editor.id(), "On two instances", "Text.");
            Exporting.setLimits(scenario, sponsor.id(), 3, 100, 2);
            Browser onB = sponsor.browser().withSessionOn(b.baseUrl());
            startAFreshMinute();

            export(sponsor.browser(), "sponsor", document).assertStatus(200);
            export(onB, "sponsor", document).assertStatus(200);
            Browser.Response third = again(sponsor.browser(), "sponsor", document).assertStatus(200);
            Browser.Response fourth = again(onB, "sponsor", document);

            assertThat(third.header("RateLimit")).startsWith("\"minute\";r=0;");
            assertThat(fourth.status()).isEqualTo(429);
            assertThat(fourth.header("RateLimit")).startsWith("\"minute\";r=0;");
            assertThat(onB.get("/sponsor/dashboard").html().selectFirst(".export-usage").text())
                    .contains("This minute 3 of 3");
        }
    }

    @Test
    void adminSetsLimitsOnOneInstanceThenTheOtherAppliesThemAtTheNextExport() {
        try (App a = App.start("gatehouse.embedded-database.ephemeral=true");
             App b = App.start(a.authenticator(), "spring.datasource.url=" + a.jdbcUrl(),
                     "spring.datasource.username=postgres")) {
            Scenario scenario = a.scenario();
            Person sponsor = scenario.active(Role.SPONSOR);
            Person editor = scenario.active(Role.EDITOR);
            UUID document = scenario.createDocument(sponsor, editor.id(), "Limited on B", "Text.");
            Browser onB = sponsor.browser().withSessionOn(b.baseUrl());
            startAFreshMinute();
            export(onB, "sponsor", document).assertStatus(200);

            Exporting.setLimits(scenario, sponsor.id(), 1, 100, 1);

            assertThat(again(onB, "sponsor", document).status()).isEqualTo(429);
        }
    }
}

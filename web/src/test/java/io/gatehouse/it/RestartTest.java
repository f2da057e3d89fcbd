package io.gatehouse.it;

import io.gatehouse.account.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded database keeps its data under gatehouse.data-dir across restarts, sessions included. */
class RestartTest {

    @TempDir
    Path dataDir;

    @Test
    void accountsEventsAndSessionsWhenAppRestartsThenStillThere() {
        String email = Scenario.uniqueEmail("survivor");
        Scenario.Person person;
        AuthenticatorApp admins = new AuthenticatorApp(); // the admins' phones outlive the restart
        try (App first = App.start(admins, "gatehouse.data-dir=" + dataDir)) {
            person = first.scenario().signUp(Role.EDITOR, email, "Survivor");
            first.scenario().adminAct(person.id(), "approve", Map.of("reason", "before the restart")).assertStatus(303);
        }

        try (App second = App.start(admins, "gatehouse.data-dir=" + dataDir)) {
            Browser oldSession = person.browser().withSessionOn(second.baseUrl());
            Browser.Response status = oldSession.get("/account/status").assertStatus(200);
            assertThat(status.text()).contains("ACTIVE").contains(email);

            Browser signedInAgain = second.scenario().signIn(email, IntegrationTest.PASSWORD);
            signedInAgain.get("/editor/dashboard").assertStatus(200);

            Browser root = second.scenario().rootAdmin().browser();
            Browser.Response history = root.get("/audit/accounts/" + person.id()).assertStatus(200);
            assertThat(history.text()).contains("before the restart");
            Browser.Response approvals = root.get("/audit?type=AccountApproved&actor=system").assertStatus(200);
            assertThat(approvals.html().select("table.history tbody tr")).hasSize(1);
        }
    }
}

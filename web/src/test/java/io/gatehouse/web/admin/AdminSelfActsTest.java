package io.gatehouse.web.admin;

import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Pages;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.Scenario.Person;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An admin cannot reject, suspend or revoke a role from their own account; between two admins they can. */
class AdminSelfActsTest extends IntegrationTest {

    private final Scenario scenario = scenario();

    @Test
    void suspendOwnAccountThenConflictAndNothingRecorded() {
        Person admin = scenario.newAdmin();
        List<Pages.Row> before = history(admin.browser(), admin.id());

        Browser.Response response = Scenario.act(admin.browser(), admin.id(), "suspend",
                Map.of("reason", "Taking a break"));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.text()).contains("You cannot suspend your own account.");
        assertUnchanged(admin, before);
    }

    @Test
    void rejectOwnAccountThenConflictAndNothingRecorded() {
        Person admin = scenario.newAdmin();
        List<Pages.Row> before = history(admin.browser(), admin.id());

        Browser.Response response = Scenario.act(admin.browser(), admin.id(), "reject", Map.of("reason", "Oops"));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.text()).contains("You cannot reject your own account.");
        assertUnchanged(admin, before);
    }

    @Test
    void revokeRoleFromOwnAccountThenConflictAndNothingRecorded() {
        Person admin = scenario.newAdmin();
        List<Pages.Row> before = history(admin.browser(), admin.id());

        for (String role : new String[] {"ADMIN", "SPONSOR"}) {
            Browser.Response response = Scenario.act(admin.browser(), admin.id(), "roles/revoke",
                    Map.of("role", role, "reason", "Stepping down"));
            assertThat(response.status()).as(role).isEqualTo(409);
            assertThat(response.text()).contains("You cannot revoke a role from your own account.");
        }
        assertUnchanged(admin, before);
    }

    @Test
    void rootAdminActsOnOwnAccountThenConflictAndNothingRecorded() {
        Person root = scenario.rootAdmin();
        UUID rootId = scenario.accountIdOf(ADMIN_EMAIL);
        List<Pages.Row> before = history(root.browser(), rootId);

        assertThat(Scenario.act(root.browser(), rootId, "suspend", Map.of("reason", "r")).status()).isEqualTo(409);
        assertThat(Scenario.act(root.browser(), rootId, "reject", Map.of("reason", "r")).status()).isEqualTo(409);
        assertThat(Scenario.act(root.browser(), rootId, "roles/revoke", Map.of("role", "ADMIN", "reason", "r"))
                .status()).isEqualTo(409);

        Browser.Response page = root.browser().get("/admin/accounts/" + rootId).assertStatus(200);
        assertThat(Pages.state(page)).isEqualTo("ACTIVE");
        assertThat(Pages.roles(page)).contains("ADMIN");
        assertThat(Pages.history(page)).isEqualTo(before);
    }

    @Test
    void ownAccountPageOffersNoRejectSuspendOrRevoke() {
        Person admin = scenario.newAdmin();

        Browser.Response page = admin.browser().get("/admin/accounts/" + admin.id()).assertStatus(200);

        assertThat(page.text()).contains("This is your own account.");
        assertThat(page.html().select("form[action$=/suspend]")).isEmpty();
        assertThat(page.html().select("form[action$=/reject]")).isEmpty();
        assertThat(page.html().select("form[action$=/roles/revoke]")).isEmpty();
    }

    @Test
    void adminSuspendsAnotherAdminThenTheirAdminSessionEndsAndReinstateRestoresIt() {
        Person first = scenario.newAdmin();
        Person second = scenario.newAdmin();
        second.browser().get("/admin").assertStatus(200);

        Scenario.act(first.browser(), second.id(), "suspend", Map.of("reason", "Left the team")).assertStatus(303);

        Browser.Response page = first.browser().get("/admin/accounts/" + second.id()).assertStatus(200);
        assertThat(Pages.state(page)).isEqualTo("SUSPENDED");
        Pages.Row last = Pages.history(page).get(Pages.history(page).size() - 1);
        assertThat(last.action()).isEqualTo("Suspended");
        assertThat(last.actor()).isEqualTo(first.email());
        Browser.Response old = second.browser().get("/admin");
        assertThat(old.status()).isEqualTo(401);
        assertThat(old.text()).contains("suspended").contains("Left the team");
        assertThat(second.browser().get("/admin").location()).isEqualTo("/admin/login");
        Browser refused = browser();
        refused.submit("/admin/login", "/admin/login", Map.of("username", second.email(), "password", PASSWORD));
        assertThat(refused.get("/admin").status()).isEqualTo(302);

        Scenario.act(first.browser(), second.id(), "reinstate", Map.of("reason", "Back")).assertStatus(303);

        Person back = scenario.signInAsAdmin(second.email(), PASSWORD);
        back.browser().get("/admin").assertStatus(200);
    }

    @Test
    void adminRevokesAdminFromAnotherAdminThenTheirAdminAreaIsForbidden() {
        Person first = scenario.newAdmin();
        Person second = scenario.newAdmin();
        second.browser().get("/admin").assertStatus(200);

        Scenario.act(second.browser(), first.id(), "roles/revoke", Map.of("role", "ADMIN", "reason", "Not needed"))
                .assertStatus(303);

        Browser.Response page = second.browser().get("/admin/accounts/" + first.id()).assertStatus(200);
        assertThat(Pages.roles(page)).isEqualTo("SPONSOR");
        Pages.Row last = Pages.history(page).get(Pages.history(page).size() - 1);
        assertThat(last.action()).isEqualTo("Role revoked");
        assertThat(last.detail()).isEqualTo("ADMIN");
        assertThat(last.actor()).isEqualTo(second.email());
        assertThat(last.reason()).isEqualTo("Not needed");
        assertThat(first.browser().get("/admin").status()).isEqualTo(403);
        assertThat(first.browser().post("/admin/accounts/" + second.id() + "/suspend", Map.of("reason", "revenge"))
                .status()).isEqualTo(403);
        assertThat(Pages.state(second.browser().get("/admin/accounts/" + second.id()))).isEqualTo("ACTIVE");
    }

    private static List<Pages.Row> history(Browser admin, UUID id) {
        return Pages.history(admin.get("/admin/accounts/" + id).assertStatus(200));
    }

    private static void assertUnchanged(Person admin, List<Pages.Row> before) {
        Browser.Response page = admin.browser().get("/admin/accounts/" + admin.id()).assertStatus(200);
        assertThat(Pages.state(page)).isEqualTo("ACTIVE");
        assertThat(Pages.roles(page)).isEqualTo("SPONSOR, ADMIN");
        assertThat(Pages.history(page)).isEqualTo(before);
        admin.browser().get("/admin").assertStatus(200);
    }
}

package io.gatehouse.web.admin;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Pages;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.Scenario.Person;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Refused acts: the right status, the reason in words, and neither the state nor the history changes. */
class AdminActRefusalsTest extends IntegrationTest {

    private static final String REASON_501 = "x".repeat(501);

    private final Scenario scenario = scenario();

    /** What a refusal must leave untouched. */
    private record Snapshot(String state, String roles, List<Pages.Row> history) {
    }

    private static Snapshot snapshot(Browser admin, UUID id) {
        Browser.Response page = admin.get("/admin/accounts/" + id).assertStatus(200);
        return new Snapshot(Pages.state(page), Pages.roles(page), Pages.history(page));
    }

    private static void assertRefused(Browser.Response response, int status, String words) {
        assertThat(response.status()).as("status of %s", response.raw().uri()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("text/html");
        assertThat(response.text()).contains(words);
    }

    @Test
    void approveWhenActiveThenConflictWithReasonAndNothingRecorded() {
        Person admin = scenario.newAdmin();
        Person person = scenario.active(Role.SPONSOR);
        Snapshot before = snapshot(admin.browser(), person.id());

        Browser.Response response = Scenario.act(admin.browser(), person.id(), "approve", Map.of("reason", "again"));

        assertRefused(response, 409, "You can only approve an account that is PENDING; this account is ACTIVE.");
        assertThat(Pages.problem(response))
                .isEqualTo("You can only approve an account that is PENDING; this account is ACTIVE.");
        assertThat(snapshot(admin.browser(), person.id())).isEqualTo(before);
        assertThat(before.state()).isEqualTo("ACTIVE");
    }

    @Test
    void actWhenStateDoesNotAllowItThenConflictAndNothingRecorded() {
        Person admin = scenario.newAdmin();
        Person pending = scenario.signUp(Role.EDITOR);
        Person active = scenario.active(Role.EDITOR);
        Snapshot pendingBefore = snapshot(admin.browser(), pending.id());
        Snapshot activeBefore = snapshot(admin.browser(), active.id());

        assertRefused(Scenario.act(admin.browser(), pending.id(), "suspend", Map.of("reason", "r")), 409,
                "You can only suspend an account that is ACTIVE; this account is PENDING.");
        assertRefused(Scenario.act(admin.browser(), pending.id(), "reinstate", Map.of("reason", "r")), 409,
                "You can only reinstate an account that is SUSPENDED; this account is PENDING.");
        assertRefused(Scenario.act(admin.browser(), pending.id(), "roles/grant", Map.of("role", "AUDITOR")), 409,
                "ACTIVE or SUSPENDED");
        assertRefused(Scenario.act(admin.browser(), pending.id(), "roles/revoke",
                Map.of("role", "EDITOR", "reason", "r")), 409, "ACTIVE or SUSPENDED");
        assertRefused(Scenario.act(admin.browser(), active.id(), "reject", Map.of("reason", "r")), 409,
                "You can only reject an account that is PENDING; this account is ACTIVE.");
        assertRefused(Scenario.act(admin.browser(), active.id(), "reinstate", Map.of("reason", "r")), 409,
                "You can only reinstate an account that is SUSPENDED; this account is ACTIVE.");
        assertRefused(Scenario.act(admin.browser(), active.id(), "roles/grant", Map.of("role", "EDITOR")), 409,
                "already holds the EDITOR role");
        assertRefused(Scenario.act(admin.browser(), active.id(), "roles/revoke",
                Map.of("role", "SPONSOR", "reason", "r")), 409, "does not hold the SPONSOR role");

        assertThat(snapshot(admin.browser(), pending.id())).isEqualTo(pendingBefore);
        assertThat(snapshot(admin.browser(), active.id())).isEqualTo(activeBefore);
    }

    @Test
    void rejectSuspendReinstateRevokeWithBlankReasonThenBadRequestAndNothingRecorded() {
        Person admin = scenario.newAdmin();
        Person pending = scenario.signUp(Role.SPONSOR);
        Person active = scenario.active(Role.SPONSOR);
        Person suspended = scenario.active(Role.EDITOR);
        Scenario.act(admin.browser(), suspended.id(), "suspend", Map.of("reason", "paused")).assertStatus(303);
        Snapshot pendingBefore = snapshot(admin.browser(), pending.id());
        Snapshot activeBefore = snapshot(admin.browser(), active.id());
        Snapshot suspendedBefore = snapshot(admin.browser(), suspended.id());

        for (String blank : new String[] {null, "", "   ", "\n\t "}) {
            assertRefused(Scenario.act(admin.browser(), pending.id(), "reject", reason(blank)), 400,
                    "A reason is required to reject an account.");
            assertRefused(Scenario.act(admin.browser(), active.id(), "suspend", reason(blank)), 400,
                    "A reason is required to suspend an account.");
            assertRefused(Scenario.act(admin.browser(), suspended.id(), "reinstate", reason(blank)), 400,
                    "A reason is required to reinstate an account.");
            Map<String, String> revoke = reason(blank);
            revoke.put("role", "SPONSOR");
            assertRefused(Scenario.act(admin.browser(), active.id(), "roles/revoke", revoke), 400,
                    "A reason is required to revoke a role from an account.");
        }

        assertThat(snapshot(admin.browser(), pending.id())).isEqualTo(pendingBefore);
        assertThat(snapshot(admin.browser(), active.id())).isEqualTo(activeBefore);
        assertThat(snapshot(admin.browser(), suspended.id())).isEqualTo(suspendedBefore);
        assertThat(pendingBefore.state()).isEqualTo("PENDING");
        assertThat(activeBefore.state()).isEqualTo("ACTIVE");
        assertThat(suspendedBefore.state()).isEqualTo("SUSPENDED");
    }

    @Test
    void reasonOf501CharactersThenBadRequestAndNothingRecorded() {
        Person admin = scenario.newAdmin();
        Person pending = scenario.signUp(Role.SPONSOR);
        Person active = scenario.active(Role.SPONSOR);
        Person suspended = scenario.active(Role.EDITOR);
        Scenario.act(admin.browser(), suspended.id(), "suspend", Map.of("reason", "paused")).assertStatus(303);
        Snapshot pendingBefore = snapshot(admin.browser(), pending.id());
        Snapshot activeBefore = snapshot(admin.browser(), active.id());
        Snapshot suspendedBefore = snapshot(admin.browser(), suspended.id());
        String words = "at most 500 characters";

        assertRefused(Scenario.act(admin.browser(), pending.id(), "approve", Map.of("reason", REASON_501)), 400, words);
        assertRefused(Scenario.act(admin.browser(), pending.id(), "reject", Map.of("reason", REASON_501)), 400, words);
        assertRefused(Scenario.act(admin.browser(), active.id(), "suspend", Map.of("reason", REASON_501)), 400, words);
        assertRefused(Scenario.act(admin.browser(), suspended.id(), "reinstate", Map.of("reason", REASON_501)), 400,
                words);
        assertRefused(Scenario.act(admin.browser(), active.id(), "roles/grant",
                Map.of("role", "AUDITOR", "reason", REASON_501)), 400, words);
        assertRefused(Scenario.act(admin.browser(), active.id(), "roles/revoke",
                Map.of("role", "SPONSOR", "reason", REASON_501)), 400, words);

        assertThat(snapshot(admin.browser(), pending.id())).isEqualTo(pendingBefore);
        assertThat(snapshot(admin.browser(), active.id())).isEqualTo(activeBefore);
        assertThat(snapshot(admin.browser(), suspended.id())).isEqualTo(suspendedBefore);
    }

    @Test
    void reasonOf500CharactersThenAcceptedAndRecordedWhole() {
        Person admin = scenario.newAdmin();
        Person active = scenario.active(Role.SPONSOR);
        String reason = "y".repeat(500);

        Scenario.act(admin.browser(), active.id(), "suspend", Map.of("reason", reason)).assertStatus(303);

        List<Pages.Row> history = snapshot(admin.browser(), active.id()).history();
        assertThat(history).hasSize(4); // signed up, confirmed, approved, suspended
        assertThat(history.get(3).reason()).isEqualTo(reason);
    }

    /**
     * Regression test for a fixed bug: a reason holding a NUL character passes the reason rules, then PostgreSQL refuses to store
     * it in the audit trail ("invalid byte sequence for encoding UTF8: 0x00"), the command rolls back, and the
     * admin gets a 500. Nothing is recorded, but the contract says malformed input is a 400, never a 5xx.
     */
    @Test
    void reasonWithNulCharacterThenBadRequestAndNothingRecorded() {
        Person admin = scenario.newAdmin();
        Person active = scenario.active(Role.SPONSOR);
        Snapshot before = snapshot(admin.browser(), active.id());

        Browser.Response response = Scenario.act(admin.browser(), active.id(), "suspend",
                Map.of("reason", "bad\u0000reason"));

        assertThat(snapshot(admin.browser(), active.id())).isEqualTo(before);
        assertThat(response.status()).as("status of a suspend whose reason holds U+0000").isEqualTo(400);
    }

    @Test
    void grantUnknownRoleThenBadRequestAndNothingRecorded() {
        Person admin = scenario.newAdmin();
        Person active = scenario.active(Role.EDITOR);
        Snapshot before = snapshot(admin.browser(), active.id());

        for (String role : new String[] {"OWNER", "ROLE_ADMIN", "", " "}) {
            assertRefused(Scenario.act(admin.browser(), active.id(), "roles/grant", Map.of("role", role)), 400,
                    "Choose one of the roles SPONSOR, EDITOR, ADMIN or AUDITOR.");
        }
        assertRefused(Scenario.act(admin.browser(), active.id(), "roles/grant", Map.of("reason", "no role")), 400,
                "Choose one of the roles");
        assertRefused(Scenario.act(admin.browser(), active.id(), "roles/revoke",
                Map.of("role", "OWNER", "reason", "r")), 400, "Choose one of the roles");

        assertThat(snapshot(admin.browser(), active.id())).isEqualTo(before);
    }

    @Test
    void actOnUnknownAccountThenNotFoundAndNothingRecorded() {
        Person admin = scenario.newAdmin();
        UUID unknown = UUID.randomUUID();
        admin.browser().get("/admin").assertStatus(200);

        assertThat(admin.browser().get("/admin/accounts/" + unknown).status()).isEqualTo(404);
        assertThat(admin.browser().get("/admin/accounts/not-a-uuid").status()).isEqualTo(404);
        admin.browser().get("/admin").assertStatus(200);
        for (String act : new String[] {"approve", "reject", "suspend", "reinstate"}) {
            Browser.Response response = admin.browser().post("/admin/accounts/" + unknown + "/" + act,
                    Map.of("reason", "who?"));
            assertThat(response.status()).as(act).isEqualTo(404);
            assertThat(response.header("Content-Type")).startsWith("text/html");
        }
        assertThat(admin.browser().post("/admin/accounts/" + unknown + "/roles/grant",
                Map.of("role", "ADMIN", "reason", "who?")).status()).isEqualTo(404);
        assertThat(admin.browser().post("/admin/accounts/" + unknown + "/roles/grant",
                Map.of("role", "OWNER")).status()).isEqualTo(404);
        assertThat(admin.browser().post("/admin/accounts/" + unknown + "/roles/revoke",
                Map.of("role", "ADMIN", "reason", "who?")).status()).isEqualTo(404);
        assertThat(admin.browser().post("/admin/accounts/not-a-uuid/approve", Map.of()).status()).isEqualTo(404);

        assertThat(admin.browser().get("/audit/accounts/" + unknown).status()).isEqualTo(404);
        Browser.Response trail = admin.browser().get("/audit?account=" + unknown).assertStatus(200);
        assertThat(Pages.history(trail)).isEmpty();
    }

    @Test
    void actWithoutCsrfTokenThenForbiddenAndNothingRecorded() {
        Person admin = scenario.newAdmin();
        Person pending = scenario.signUp(Role.SPONSOR);
        Snapshot before = snapshot(admin.browser(), pending.id());

        Browser.Response response = admin.browser().postRaw("/admin/accounts/" + pending.id() + "/approve",
                Map.of("reason", "no token"));
        Browser.Response forged = admin.browser().postRaw("/admin/accounts/" + pending.id() + "/approve",
                Map.of("reason", "bad token", "_csrf", "forged"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(snapshot(admin.browser(), pending.id())).isEqualTo(before);
    }

    private static Map<String, String> reason(String reason) {
        Map<String, String> fields = new HashMap<>();
        if (reason != null) {
            fields.put("reason", reason);
        }
        return fields;
    }
}

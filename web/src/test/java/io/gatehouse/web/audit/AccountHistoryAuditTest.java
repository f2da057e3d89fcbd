package io.gatehouse.web.audit;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Pages;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.Scenario.Person;
import io.gatehouse.it.TestClock;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** /audit/accounts/{id}: one account's whole history, and the account as it was at a past instant. */
class AccountHistoryAuditTest extends IntegrationTest {

    private final Scenario scenario = scenario();

    @Test
    void accountHistoryShowsEveryEventWithTimeActorActionReasonAndAddress() {
        Person admin = scenario.newAdmin();
        Person person = scenario.signUp(Role.SPONSOR);
        Browser acts = admin.browser();
        Scenario.act(acts, person.id(), "approve", Map.of("reason", "Vouched for")).assertStatus(303);
        Scenario.act(acts, person.id(), "roles/grant", Map.of("role", "AUDITOR", "reason", "Year-end")).assertStatus(303);
        Scenario.act(acts, person.id(), "suspend", Map.of("reason", "Lost laptop")).assertStatus(303);
        Scenario.act(acts, person.id(), "reinstate", Map.of("reason", "Laptop found")).assertStatus(303);
        Scenario.act(acts, person.id(), "roles/revoke", Map.of("role", "AUDITOR", "reason", "Done")).assertStatus(303);

        Browser.Response page = admin.browser().get("/audit/accounts/" + person.id()).assertStatus(200);

        assertThat(page.text()).contains("History of " + person.email()).contains(person.id().toString());
        List<Pages.Row> history = Pages.history(page);
        assertThat(history).extracting(Pages.Row::action).containsExactly("Signed up", "E-mail confirmed",
                "Signed in", "Approved", "Role granted", "Suspended", "Session ended", "Reinstated", "Role revoked");
        assertThat(history).extracting(Pages.Row::actor).containsExactly(person.email(), person.email(),
                person.email(), admin.email(), admin.email(), admin.email(), admin.email(), admin.email(), admin.email());
        assertThat(history).extracting(Pages.Row::reason).containsExactly("", "", "", "Vouched for", "Year-end",
                "Lost laptop", "", "Laptop found", "Done");
        assertThat(history.get(0).detail()).isEqualTo(person.email() + " asked for SPONSOR");
        assertThat(history.get(2).detail()).startsWith("new browser");
        assertThat(history.get(3).detail()).isEqualTo("granted SPONSOR");
        assertThat(history.get(6).detail()).startsWith("the account was suspended; the session was from "
                + person.browser().clientAddress());
        assertThat(history.get(2).clientAddress()).isEqualTo(person.browser().clientAddress());
        assertThat(history.subList(3, 9)).extracting(Pages.Row::clientAddress).containsOnly(acts.clientAddress());
        assertThat(history).extracting(r -> Instant.parse(r.iso())).isSorted();
        assertThat(page.html().select("table.history time")).allSatisfy(t -> assertThat(t.text()).endsWith("UTC"));
        // The admin's account page shows the acts on the account, without its sign-in activity.
        assertThat(Pages.history(admin.browser().get("/admin/accounts/" + person.id())))
                .isEqualTo(history.stream().filter(row -> !List.of("Signed in", "Sign-in failed", "Signed out",
                        "Session ended").contains(row.action())).toList());
    }

    /** Each event's own recorded instant, read from the history, is the moment the state is asked for. */
    @Test
    void accountAsItWasAtAnInstantThenStateAndRolesOfThatMoment() {
        Person admin = scenario.newAdmin();
        Person person = scenario.signUp(Role.EDITOR);
        Scenario.act(admin.browser(), person.id(), "approve", Map.of("reason", "Welcome")).assertStatus(303);
        Scenario.act(admin.browser(), person.id(), "roles/grant", Map.of("role", "AUDITOR")).assertStatus(303);
        Scenario.act(admin.browser(), person.id(), "suspend", Map.of("reason", "Holiday")).assertStatus(303);
        Scenario.act(admin.browser(), person.id(), "reinstate", Map.of("reason", "Back")).assertStatus(303);
        Browser audit = admin.browser();
        String base = "/audit/accounts/" + person.id() + "?at=";
        Map<String, Instant> at = recordedAt(audit.get("/admin/accounts/" + person.id()).assertStatus(200));

        Browser.Response before = audit.get(base + at.get("Signed up").minusMillis(1)).assertStatus(200);
        assertThat(before.text()).contains("did not exist");
        assertThat(Pages.state(before)).isNull();

        Browser.Response atSignUp = audit.get(base + at.get("Signed up")).assertStatus(200);
        assertThat(Pages.state(atSignUp)).isEqualTo("UNVERIFIED");
        assertThat(Pages.facts(atSignUp).get("Events replayed")).isEqualTo("1");

        Browser.Response atPending = audit.get(base + at.get("E-mail confirmed")).assertStatus(200);
        assertThat(Pages.state(atPending)).isEqualTo("PENDING");
        assertThat(Pages.roles(atPending)).isEqualTo("none");
        assertThat(Pages.facts(atPending).get("Events replayed")).isEqualTo("2");

        Browser.Response atApproved = audit.get(base + at.get("Approved")).assertStatus(200);
        assertThat(Pages.state(atApproved)).isEqualTo("ACTIVE");
        assertThat(Pages.roles(atApproved)).isEqualTo("EDITOR");
        assertThat(Pages.facts(atApproved).get("Events replayed")).isEqualTo("3");

        Browser.Response atGranted = audit.get(base + at.get("Role granted")).assertStatus(200);
        assertThat(Pages.state(atGranted)).isEqualTo("ACTIVE");
        assertThat(Pages.roles(atGranted)).isEqualTo("EDITOR, AUDITOR");

        Browser.Response atSuspended = audit.get(base + at.get("Suspended")).assertStatus(200);
        assertThat(Pages.state(atSuspended)).isEqualTo("SUSPENDED");
        assertThat(Pages.roles(atSuspended)).isEqualTo("EDITOR, AUDITOR");
        assertThat(Pages.facts(atSuspended).get("Reason")).isEqualTo("Holiday");
        assertThat(Pages.facts(atSuspended).get("Events replayed")).isEqualTo("5");

        Browser.Response now = audit.get(base + TestClock.INSTANCE.instant()).assertStatus(200);
        assertThat(Pages.state(now)).isEqualTo("ACTIVE");
        // The whole history is shown under the replayed state, whatever the instant.
        assertThat(Pages.history(before)).isNotEmpty().isEqualTo(Pages.history(now));
    }

    /**
     * Commands start from a snapshot of a busy account (every 10 events); what the audit replays is still every
     * event from the first, so the instant before the sign-up finds nothing and the present finds them all.
     */
    @Test
    void replayAtAnInstantReadsEveryEventOfAnAccountThatCommandsSnapshotted() {
        Person admin = scenario.newAdmin();
        Person person = scenario.active(Role.SPONSOR);
        for (int i = 0; i < 12; i++) {
            Scenario.act(admin.browser(), person.id(), i % 2 == 0 ? "suspend" : "reinstate", Map.of("reason", "r" + i))
                    .assertStatus(303);
        }
        String base = "/audit/accounts/" + person.id() + "?at=";
        Browser.Response now = admin.browser().get(base + TestClock.INSTANCE.instant()).assertStatus(200);
        Map<String, Instant> at = recordedAt(admin.browser().get("/admin/accounts/" + person.id()).assertStatus(200));

        assertThat(Pages.state(now)).isEqualTo("ACTIVE");
        // signed up, confirmed, approved, then the twelve acts
        assertThat(Pages.facts(now).get("Events replayed")).isEqualTo("15");
        assertThat(Pages.state(admin.browser().get(base + at.get("Signed up")).assertStatus(200)))
                .isEqualTo("UNVERIFIED");
    }

    @Test
    void accountHistoryWhenUnknownIdOrMalformedInstantThenNotFoundOrBadRequest() {
        Person person = scenario.signUp(Role.SPONSOR);
        Browser audit = scenario.rootAdmin().browser();
        UUID unknown = UUID.randomUUID();

        assertThat(audit.get("/audit/accounts/" + unknown).status()).isEqualTo(404);
        assertThat(audit.get("/audit/accounts/" + unknown + "?at=" + Instant.now()).status()).isEqualTo(404);
        assertThat(audit.get("/audit/accounts/not-an-id").status()).isEqualTo(404);
        Browser.Response malformed = audit.get("/audit/accounts/" + person.id() + "?at=noon");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.html().selectFirst("#at-error").text()).startsWith("Enter a date and time like");
    }

    @Test
    void auditorSeesAccountHistoryAndPastState() {
        Person auditor = scenario.activeWith(Role.SPONSOR, Role.AUDITOR);
        String email = Scenario.uniqueEmail("audited");
        scenario.register(Role.EDITOR, email, "Audited Person");
        UUID person = scenario.accountIdOf(email);
        scenario.adminAct(person, "approve", Map.of()).assertStatus(303);
        Browser signedIn = scenario.signIn(auditor.email(), PASSWORD);
        Instant confirmed = recordedAt(signedIn.get("/audit/accounts/" + person).assertStatus(200)).get("E-mail confirmed");

        Browser.Response page = signedIn.get("/audit/accounts/" + person + "?at=" + confirmed).assertStatus(200);

        assertThat(Pages.state(page)).isEqualTo("PENDING");
        assertThat(Pages.history(page)).extracting(Pages.Row::action)
                .containsExactly("Signed up", "E-mail confirmed", "Approved");
        assertThat(Pages.history(page).get(2).actor()).isEqualTo(ADMIN_EMAIL);
    }

    /** When each kind of act was recorded, as the history table says (to the millisecond). */
    private static Map<String, Instant> recordedAt(Browser.Response page) {
        Map<String, Instant> at = new java.util.LinkedHashMap<>();
        Pages.history(page).forEach(row -> at.put(row.action(), Instant.parse(row.iso())));
        return at;
    }

    @Test
    void accountHistoryWhenIdIsADocumentsThenNotFound() {
        Person sponsor = scenario.active(Role.SPONSOR);
        Person editor = scenario.active(Role.EDITOR);
        UUID documentId = scenario.createDocument(sponsor, editor.id(), "Not an account", "body");
        Browser admin = scenario.rootAdmin().browser();

        assertThat(admin.get("/audit/accounts/" + documentId).status()).isEqualTo(404);
        assertThat(admin.get("/audit/accounts/" + documentId + "?at=2100-01-01T00:00:00Z").status()).isEqualTo(404);
    }
}

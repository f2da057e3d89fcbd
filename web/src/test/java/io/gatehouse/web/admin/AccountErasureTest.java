package io.gatehouse.web.admin;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Pages;
import io.gatehouse.it.Scenario.Person;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.TestMail;
import io.gatehouse.query.replay.ProjectionReplayer;
import io.gatehouse.web.projections.CatchUp;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Erasure: the person's data is gone from every page, read model, replay, log line and stored event payload,
 * the history keeps every act, their sessions end, and the address is free again.
 */
@ExtendWith(OutputCaptureExtension.class)
class AccountErasureTest extends IntegrationTest {

    private static final String REASON = "Asked to be forgotten (ticket 4411).";

    private final Scenario scenario = scenario();

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ProjectionReplayer replayer;

    @Autowired
    private CatchUp catchUp;

    @Autowired
    private EventProcessingConfiguration processing;

    private record Traces(String email, String name, String clientAddress, String documentText, String newName,
                          String organization) {
        List<String> all() {
            return List.of(email, name, clientAddress, documentText, newName, organization);
        }
    }

    @Test
    void eraseThenNoPageEventReplayOrLogShowsThePersonAndTheHistoryStays(CapturedOutput output) {
        String name = "Erin Erasable-" + UUID.randomUUID().toString().substring(0, 6);
        String email = Scenario.uniqueEmail("erin");
        Person sponsor = scenario.signUp(Role.SPONSOR, email, name);
        scenario.adminAct(sponsor.id(), "approve", Map.of("reason", "ok")).assertStatus(303);
        String newName = "Erin Renamed-" + UUID.randomUUID().toString().substring(0, 6);
        String organization = "Erin's Org-" + UUID.randomUUID().toString().substring(0, 6);
        sponsor.browser().submit("/account/profile", "/account/profile",
                Map.of("displayName", newName, "organization", organization)).assertStatus(303);
        Person editor = scenario.active(Role.EDITOR);
        String documentText = "Secret plan " + UUID.randomUUID();
        UUID document = scenario.createDocument(sponsor, editor.id(), "Title of " + name, documentText);
        Traces traces = new Traces(email, name, sponsor.browser().clientAddress(), documentText, newName, organization);
        assertThat(storedPayloadsContaining(traces.email())).as("sealed even before erasure").isZero();
        assertThat(storedPayloadsContaining(traces.newName())).as("new name sealed before erasure").isZero();
        int historyBefore = Pages.history(scenario.rootBrowser().get("/admin/accounts/" + sponsor.id())).size();
        int logMark = output.getAll().length();

        Browser.Response erased = scenario.adminAct(sponsor.id(), "erase", Map.of("reason", REASON));

        assertThat(erased.status()).isEqualTo(303);
        Browser.Response page = scenario.rootBrowser().get("/admin/accounts/" + sponsor.id()).assertStatus(200);
        assertThat(Pages.notice(page)).startsWith("Account erased");
        assertThat(Pages.state(page)).isEqualTo("ERASED");
        assertThat(page.html().selectFirst("h1").text()).isEqualTo("erased account");
        assertThat(Pages.history(page)).hasSize(historyBefore + 1);
        assertNoTrace(page.body(), traces);
        Browser.Response told = sponsor.browser().get("/sponsor/dashboard");
        assertThat(told.status()).isEqualTo(401);
        assertThat(told.text()).contains("erased your account");
        assertNoTrace(scenario.rootBrowser().get("/audit/accounts/" + sponsor.id()).assertStatus(200).body(), traces);
        assertNoTrace(scenario.rootBrowser().get("/audit").assertStatus(200).body(), traces);
        assertNoTrace(editor.browser().get("/editor/documents/" + document).body(), traces);
        assertThat(jdbc.queryForObject("select count(*) from personal_key where person_id = ?", Integer.class,
                sponsor.id())).isZero();
        for (String trace : traces.all()) {
            assertThat(storedPayloadsContaining(trace)).as("event payloads holding %s", trace).isZero();
        }

        replayer.rebuild("account-directory");
        for (String streaming : List.of("audit-trail", "documents")) {
            scenario.rootBrowser().submit("/admin/projections", "/admin/projections/" + streaming + "/replay", Map.of())
                    .assertStatus(303);
        }
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> catchUp.isCaughtUp("audit-trail") && catchUp.isCaughtUp("documents"));

        assertNoTrace(scenario.rootBrowser().get("/admin/accounts/" + sponsor.id()).body(), traces);
        assertNoTrace(scenario.rootBrowser().get("/audit").body(), traces);
        assertThat(readModelsContaining(traces)).isZero();
        assertNoTrace(output.getAll().substring(logMark), traces);
    }

    /**
     * The documents and the audit trail follow the store in streaming processors. Both are stopped here, as if
     * they lagged far behind; the erasure still leaves no trace in either, because it clears them in its own
     * transaction instead of waiting for them.
     */
    @Test
    void erasureLeavesNoTraceInTheStreamingReadModelsEvenWhileTheirProcessorsAreStopped() {
        String name = "Erin Lagging-" + UUID.randomUUID().toString().substring(0, 6);
        String email = Scenario.uniqueEmail("lag");
        Person sponsor = scenario.signUp(Role.SPONSOR, email, name);
        scenario.adminAct(sponsor.id(), "approve", Map.of("reason", "ok")).assertStatus(303);
        Person editor = scenario.active(Role.EDITOR);
        String documentText = "Lagging plan " + UUID.randomUUID();
        scenario.createDocument(sponsor, editor.id(), "Title of " + name, documentText);
        Traces traces = new Traces(email, name, sponsor.browser().clientAddress(), documentText, name, name);
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> catchUp.isCaughtUp("audit-trail") && catchUp.isCaughtUp("documents"));
        assertThat(readModelsContaining(traces)).as("the person is in the read models before").isPositive();
        List<StreamingEventProcessor> streaming = List.of("documents", "audit-trail").stream()
                .map(group -> processing.eventProcessor(group, StreamingEventProcessor.class).orElseThrow()).toList();
        streaming.forEach(StreamingEventProcessor::shutDown);
        try {
            scenario.adminAct(sponsor.id(), "erase", Map.of("reason", REASON)).assertStatus(303);

            assertThat(readModelsContaining(traces)).isZero();
        } finally {
            streaming.forEach(StreamingEventProcessor::start);
        }
    }

    @Test
    void erasedAddressCanSignUpAgain() {
        String email = Scenario.uniqueEmail("again");
        Person first = scenario.signUp(Role.EDITOR, email, "First Life");
        scenario.adminAct(first.id(), "erase", Map.of("reason", REASON)).assertStatus(303);

        int mailsBefore = TestMail.to(email).size();

        scenario.submitSignUp(scenario.newBrowser(), Role.SPONSOR, email, "Second Life").assertStatus(303);

        MimeMessage confirmation = Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> TestMail.to(email), mails -> mails.size() > mailsBefore).get(mailsBefore);
        assertThat(TestMail.subject(confirmation)).contains("Confirm your address");
        String token = Scenario.tokenFrom(confirmation, "/signup/confirm");
        Browser confirming = scenario.newBrowser();
        confirming.get("/signup/confirm?token=" + token).assertStatus(200);
        confirming.post("/signup/confirm", Map.of("token", token)).assertStatus(303);
        UUID second = scenario.accountIdOf(email);
        assertThat(second).isNotEqualTo(first.id());
        Browser.Response page = scenario.rootBrowser().get("/admin/accounts/" + second).assertStatus(200);
        assertThat(Pages.state(page)).isEqualTo("PENDING");
    }

    @Test
    void eraseWithoutReasonThenRefusedAndNothingChanges() {
        Person person = scenario.active(Role.EDITOR);

        Browser.Response refused = scenario.adminAct(person.id(), "erase", Map.of("reason", "  "));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html().selectFirst("#erase-reason-error").text())
                .isEqualTo("A reason is required to erase an account.");
        assertThat(Pages.state(scenario.rootBrowser().get("/admin/accounts/" + person.id()))).isEqualTo("ACTIVE");
        person.browser().get("/editor/dashboard").assertStatus(200);
    }

    @Test
    void eraseOwnAccountThenConflictAndNoEraseFormOffered() {
        Person admin = scenario.newAdmin();

        Browser.Response own = admin.browser().get("/admin/accounts/" + admin.id()).assertStatus(200);
        Browser.Response refused = admin.browser().post("/admin/accounts/" + admin.id() + "/erase",
                Map.of("reason", "Forget me"));

        assertThat(own.html().select("form[action$=/erase]")).isEmpty();
        assertThat(refused.status()).isEqualTo(409);
        assertThat(Pages.problem(refused)).isEqualTo("You cannot erase your own account.");
    }

    private int storedPayloadsContaining(String text) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where position(? in convert_from(payload,"
                + " 'UTF8')) > 0 or position(? in convert_from(meta_data, 'UTF8')) > 0", Integer.class, text, text);
    }

    private int readModelsContaining(Traces traces) {
        int found = 0;
        for (String trace : traces.all()) {
            found += jdbc.queryForObject("select count(*) from account_view where email = ? or display_name = ?"
                    + " or organization = ?", Integer.class, trace, trace, trace);
            found += jdbc.queryForObject("select count(*) from audit_entry where position(? in concat_ws('|',"
                    + " detail, document_title, client_address, session_client_address)) > 0", Integer.class, trace);
            found += jdbc.queryForObject("select count(*) from audit_account_label where email = ? or display_name = ?",
                    Integer.class, trace, trace);
            found += jdbc.queryForObject("select count(*) from audit_document_label where position(? in title) > 0",
                    Integer.class, trace);
            found += jdbc.queryForObject("select count(*) from document_view where position(? in concat_ws('|',"
                    + " title, body)) > 0", Integer.class, trace);
        }
        return found;
    }

    private static void assertNoTrace(String text, Traces traces) {
        for (String trace : traces.all()) {
            assertThat(text).as("shows %s", trace).doesNotContain(trace);
        }
    }
}

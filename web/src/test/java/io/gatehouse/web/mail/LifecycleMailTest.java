package io.gatehouse.web.mail;

import io.gatehouse.account.Role;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.Scenario.Person;
import io.gatehouse.it.TestMail;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each act on an account tells its owner, with the reason where one was given; admins hear of new requests. */
class LifecycleMailTest extends IntegrationTest {

    @Test
    void confirmedRequestThenOneBlindMessageToEveryActiveAdmin() throws Exception {
        Person admin = scenario().newAdmin();
        String email = Scenario.uniqueEmail("waiting");
        scenario().register(Role.EDITOR, email, "Wanda Waiting");

        MimeMessage toAdmin = TestMail.awaitTo(admin.email(), "A request is waiting: Wanda Waiting");
        MimeMessage toRoot = TestMail.awaitTo(ADMIN_EMAIL, "A request is waiting: Wanda Waiting");
        assertThat(toAdmin.getMessageID()).isEqualTo(toRoot.getMessageID());
        assertThat(toAdmin.getRecipients(Message.RecipientType.TO)).isNull(); // blind: nobody sees the others
        assertThat(TestMail.text(toAdmin)).contains(email).contains("EDITOR")
                .contains("http://localhost:" + port + "/admin/accounts/");
    }

    @Test
    void approvalRejectionSuspensionAndRolesThenTheOwnerToldWithTheReason() {
        Person approved = scenario().signUp(Role.SPONSOR);
        scenario().adminAct(approved.id(), "approve", Map.of("reason", "Welcome aboard")).assertStatus(303);
        assertThat(TestMail.text(TestMail.awaitTo(approved.email(), "is approved")))
                .contains("SPONSOR").contains("Welcome aboard").contains("/login");

        scenario().adminAct(approved.id(), "roles/grant", Map.of("role", "EDITOR", "reason", "Helps edit")).assertStatus(303);
        assertThat(TestMail.text(TestMail.awaitTo(approved.email(), "You now hold the EDITOR role"))).contains("Helps edit");
        scenario().adminAct(approved.id(), "roles/revoke", Map.of("role", "EDITOR", "reason", "Project over")).assertStatus(303);
        assertThat(TestMail.text(TestMail.awaitTo(approved.email(), "no longer hold the EDITOR role"))).contains("Project over");

        scenario().adminAct(approved.id(), "suspend", Map.of("reason", "Invoice 12 unpaid")).assertStatus(303);
        assertThat(TestMail.text(TestMail.awaitTo(approved.email(), "is suspended"))).contains("Invoice 12 unpaid");
        scenario().adminAct(approved.id(), "reinstate", Map.of("reason", "Paid")).assertStatus(303);
        assertThat(TestMail.text(TestMail.awaitTo(approved.email(), "active again"))).contains("Paid");

        Person rejected = scenario().signUp(Role.EDITOR);
        scenario().adminAct(rejected.id(), "reject", Map.of("reason", "Unknown organization")).assertStatus(303);
        MimeMessage rejection = TestMail.awaitTo(rejected.email(), "was not approved");
        assertThat(TestMail.text(rejection)).contains("Unknown organization");
        assertThat(TestMail.html(rejection)).contains("<strong>Unknown organization</strong>");
    }

    /** What people typed reaches mails as text: escaped in the HTML part. */
    @Test
    void reasonWithMarkupThenEscapedInTheHtmlPart() {
        Person person = scenario().signUp(Role.SPONSOR);
        scenario().adminAct(person.id(), "reject", Map.of("reason", "<script>alert(1)</script>")).assertStatus(303);

        MimeMessage mail = TestMail.awaitTo(person.email(), "was not approved");

        assertThat(TestMail.html(mail)).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(TestMail.text(mail)).contains("<script>alert(1)</script>");
    }
}

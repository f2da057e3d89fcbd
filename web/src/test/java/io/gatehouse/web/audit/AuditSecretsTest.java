package io.gatehouse.web.audit;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Pages;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.TestClock;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** No recorded event shows a password, a password hash or an authenticator key, on any audit or admin page. */
class AuditSecretsTest extends IntegrationTest {

    private final Scenario scenario = scenario();

    @Test
    void recordedEventsShowNoPasswordOrHash() {
        String password = "Secret-Passphrase-" + UUID.randomUUID().toString().substring(0, 8);
        String email = Scenario.uniqueEmail("secret");
        browser().submit("/signup/editor", "/signup/editor", Map.of("displayName", "Sec Ret", "email", email,
                "organization", "Acme", "password", password, "confirmPassword", password)).assertStatus(303);
        scenario.confirm(browser(), email);
        UUID id = scenario.accountIdOf(email);
        scenario.adminAct(id, "approve", Map.of("reason", "ok")).assertStatus(303);
        scenario.adminAct(id, "roles/grant", Map.of("role", "AUDITOR")).assertStatus(303);
        Browser admin = scenario.rootAdmin().browser();

        List<Browser.Response> pages = new ArrayList<>();
        pages.add(admin.get("/audit/accounts/" + id).assertStatus(200));
        pages.add(admin.get("/audit/accounts/" + id + "?at=" + TestClock.INSTANCE.instant()).assertStatus(200));
        pages.add(admin.get("/audit?account=" + id).assertStatus(200));
        pages.add(admin.get("/audit?type=AccountRegistered").assertStatus(200));
        pages.add(admin.get("/admin/accounts/" + id).assertStatus(200));
        for (int page = 0; page < 200; page++) {
            Browser.Response trail = admin.get("/audit?page=" + page).assertStatus(200);
            pages.add(trail);
            if (trail.html().selectFirst("a[rel=next]") == null) {
                break;
            }
        }
        Browser auditor = scenario.signIn(email, password); // and sets up an authenticator, as auditors must
        pages.add(auditor.get("/audit/accounts/" + id).assertStatus(200));
        pages.add(admin.get("/audit/accounts/" + id).assertStatus(200));
        String key = java.util.Base64.getEncoder().encodeToString(scenario.authenticator().key(email));

        assertThat(Pages.history(pages.get(0))).extracting(Pages.Row::action)
                .containsExactly("Signed up", "E-mail confirmed", "Approved", "Role granted");
        for (Browser.Response page : pages) {
            assertThat(page.body()).as("%s", page.raw().uri())
                    .doesNotContain("$2a$").doesNotContain("$2b$").doesNotContain("$2y$").doesNotContain("$argon2")
                    .doesNotContain("{bcrypt}").doesNotContain("{argon2}").doesNotContainIgnoringCase("{noop}")
                    .doesNotContain(password).doesNotContain(PASSWORD).doesNotContain(ADMIN_PASSWORD)
                    .doesNotContain(key);
        }
    }
}

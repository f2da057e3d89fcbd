package io.gatehouse.web.record;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** /audit/integrity and /audit/export on an untouched store, and who may see them. */
class RecordIntegrityTest extends IntegrationTest {

    @Autowired
    Sealer sealer;

    @Test
    void a_clean_store_is_intact_with_its_checkpoint_and_public_key() {
        scenario().active(Role.SPONSOR);
        sealer.sealWithCheckpoint();

        Document page = scenario().rootBrowser().get("/audit/integrity").assertStatus(200).html();

        assertThat(page.selectFirst("[data-integrity]").attr("data-integrity")).isEqualTo("intact");
        assertThat(Long.parseLong(page.selectFirst("[data-events]").attr("data-events"))).isPositive();
        assertThat(page.selectFirst("[data-checkpoint]")).isNotNull();
        assertThat(page.selectFirst("[data-public-key]").text()).startsWith("MCowBQYDK2VwAyEA");
        assertThat(page.selectFirst("form[action=/audit/export]")).isNotNull();
    }

    @Test
    void an_auditor_downloads_a_bundle_the_verifier_finds_intact() throws Exception {
        Scenario.Person auditor = scenario().activeWith(Role.EDITOR, Role.AUDITOR);
        String publicKey = auditor.browser().get("/audit/integrity").assertStatus(200).html()
                .selectFirst("[data-public-key]").text();

        Browser.Response export = auditor.browser().get("/audit/export").assertStatus(200);

        assertThat(export.header("Content-Disposition")).startsWith("attachment").contains("gatehouse-export-");
        assertThat(export.header("Content-Type")).startsWith("application/json");
        Verifier.Run run = Verifier.run(export.body(), "--public-key", publicKey);
        assertThat(run.output()).startsWith("intact: ");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void an_empty_period_gives_a_valid_bundle_of_zero_events() throws Exception {
        Browser.Response export = scenario().rootBrowser().get("/audit/export?from=1999-01-01&to=1999-12-31")
                .assertStatus(200);

        Verifier.Run run = Verifier.run(export.body());
        assertThat(run.output()).startsWith("intact: 0 events");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void a_bad_period_gets_a_clear_400_page() {
        Browser admin = scenario().rootBrowser();
        assertThat(admin.get("/audit/export?from=yesterday").assertStatus(400).text()).contains("ISO-8601");
        assertThat(admin.get("/audit/export?from=2026-02-01&to=2026-01-01").assertStatus(400).text())
                .contains("must not be later");
    }

    @Test
    void people_without_an_audit_role_get_neither_page() {
        Browser sponsor = scenario().active(Role.SPONSOR).browser();
        sponsor.get("/audit/integrity").assertStatus(403);
        sponsor.get("/audit/export").assertStatus(403);
        assertThat(scenario().newBrowser().get("/audit/export").status()).isEqualTo(302);
    }
}

package io.gatehouse.web.projections;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario.Person;
import org.awaitility.Awaitility;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AdminProjectionsTest extends IntegrationTest {

    @Autowired
    private DataSource dataSource;

    @Autowired
    private CatchUp catchUp;

    @Test
    void admin_sees_each_read_model_with_its_kind_position_lag_and_state() {
        Browser.Response page = scenario().rootBrowser().get("/admin/projections").assertStatus(200);

        assertThat(page.html().select("tr[data-projection]")).extracting(row -> row.attr("data-projection"))
                .containsExactly("account-directory", "command-account-lookup", "documents", "audit-trail");
        Element directory = row(page, "account-directory");
        assertThat(directory.text()).contains("subscribing").contains("running");
        assertThat(directory.selectFirst("td.lag").text()).isEqualTo("0");
        Element audit = row(page, "audit-trail");
        assertThat(audit.text()).contains("streaming");
        assertThat(Long.parseLong(audit.selectFirst("td.position").text())).isPositive();
        assertThat(page.html().select("ul.links code")).extracting(Element::text)
                .contains("mail-policy", "session-terminator", "command-second-factor");
        assertThat(page.html().selectFirst("meta[http-equiv=refresh]")).as("no replay: no refresh").isNull();
        assertThat(scenario().rootBrowser().get("/admin").html().select("a[href=/admin/projections]")).isNotEmpty();
    }

    @Test
    void people_who_are_not_admins_do_not_see_the_projections() {
        Person sponsor = scenario().active(Role.SPONSOR);
        assertThat(sponsor.browser().get("/admin/projections").status()).isIn(302, 403);
        assertThat(browser().get("/admin/projections").location()).endsWith("/admin/login");
    }

    @Test
    void replaying_documents_rebuilds_them_while_their_pages_keep_serving() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        UUID id = scenario().createDocument(sponsor, editor.id(), "Before the replay", "kept");
        Browser admin = scenario().rootBrowser();

        Browser.Response started = admin.submit("/admin/projections", "/admin/projections/documents/replay", Map.of());

        assertThat(started.status()).isEqualTo(303);
        assertThat(started.location()).isEqualTo("/admin/projections");
        assertThat(admin.get("/admin/projections").text()).contains("Replay of documents started");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> catchUp.isCaughtUp("documents"));
        assertThat(sponsor.browser().get("/sponsor/documents/" + id).assertStatus(200).html().selectFirst("h1").text())
                .isEqualTo("Before the replay");
        assertThat(row(admin.get("/admin/projections"), "documents").text()).contains("running");
    }

    @Test
    void a_handler_with_side_effects_is_never_replayed() {
        Browser admin = scenario().rootBrowser();
        admin.get("/admin/projections").assertStatus(200);

        Browser.Response refused = admin.post("/admin/projections/mail-policy/replay", Map.of());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text()).contains("never replayed");
    }

    @Test
    void an_unknown_projection_is_not_found() {
        Browser admin = scenario().rootBrowser();
        admin.get("/admin/projections").assertStatus(200);

        assertThat(admin.post("/admin/projections/no-such-thing/replay", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void a_replay_without_the_form_token_changes_nothing() {
        Browser admin = scenario().rootBrowser();
        admin.get("/admin/projections").assertStatus(200);

        assertThat(admin.postRaw("/admin/projections/documents/replay", Map.of()).status()).isEqualTo(403);
        assertThat(row(admin.get("/admin/projections"), "documents").text()).doesNotContain("replaying");
    }

    /**
     * The rebuild of the directory is held at its start by a lock the test keeps (as a long-running command
     * would): meanwhile the page shows it replaying with a progress bar and refreshes itself, a second replay is
     * refused, and signed-in people still get in. Once the test lets go, it finishes.
     */
    @Test
    void a_directory_rebuild_shows_progress_refuses_a_second_one_and_locks_no_one_out() throws SQLException {
        Person sponsor = scenario().active(Role.SPONSOR);
        Browser admin = scenario().rootBrowser();
        admin.get("/admin/projections").assertStatus(200);
        try (Connection command = dataSource.getConnection()) {
            command.setAutoCommit(false);
            query(command, "select pg_advisory_xact_lock_shared(hashtext('projection:account-directory'))");

            admin.post("/admin/projections/account-directory/replay", Map.of()).assertStatus(303);
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(this::lockWaiters, n -> n > 0);

            Browser.Response during = admin.get("/admin/projections").assertStatus(200);
            Element directory = row(during, "account-directory");
            assertThat(directory.text()).contains("replaying");
            assertThat(directory.selectFirst("progress")).isNotNull();
            assertThat(during.html().selectFirst("meta[http-equiv=refresh]")).isNotNull();
            Browser.Response second = admin.post("/admin/projections/account-directory/replay", Map.of());
            assertThat(second.status()).isEqualTo(409);
            assertThat(second.text()).contains("already running");
            sponsor.browser().get("/sponsor/dashboard").assertStatus(200);

            command.commit();
        }
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> row(admin.get("/admin/projections"), "account-directory").text().contains("running"));
        sponsor.browser().get("/sponsor/dashboard").assertStatus(200);
    }

    private long lockWaiters() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return query(c, "select count(*) from pg_locks where locktype = 'advisory' and not granted");
        }
    }

    private static long query(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getObject(1) instanceof Number n ? n.longValue() : 0;
        }
    }

    private static Element row(Browser.Response page, String name) {
        Element row = page.html().selectFirst("tr[data-projection=" + name + "]");
        assertThat(row).as("row of " + name).isNotNull();
        return row;
    }
}
